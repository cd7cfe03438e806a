"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3438ad7a3ad1aa808defd15546b6809c9a420492ce5a3e8d587e8b4c5e88e55c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fbd1e19ff85a49b78a836a904c02a21c129e4ecaa3e1e3adb66991a3b3beb89b"
"""sha256 of the package's other files, to notice hand edits."""
