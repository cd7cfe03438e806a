"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7396dda436297053beebf674f2f1f6879555195e5407920c5037bf3a5fd6eb50"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "8dff16cfba499c309a1d03ee7f0a01b7390ac74c54fd0a2323df3c6211dcdcfd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d8f873c229934ced93e1c5bcb8dc31c2fc7891896b51340667501838e391b745"
"""sha256 of the package's other files, to notice hand edits."""
