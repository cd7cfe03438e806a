"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2d28b1b4c46978940259e2c88da86c00ce95212fca3a65c5d3e32a272356ca6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "06be6f63aca89507c9f7593ed10630a610de09779a4d0a8f1cfa61911f8c9d50"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9a82b152c8b6b181ed4b59f0ba221a0196d553904294c1d01ddd98e47fc440b5"
"""sha256 of the package's other files, to notice hand edits."""
