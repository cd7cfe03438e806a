"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0ef217418b85af7de63a10660d4e502f0c2b1eb0b7cf666b5c8c9d3425d341a2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b7f2a8c35dcc295e2eabb8914bd54e869476c472af2316b024a26d9892208585"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2f28f35c397c84c0a94d606cab65061d73a45518548923dc2a49e8ab2fd43b7"
"""sha256 of the package's other files, to notice hand edits."""
