"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "56befd885590afcb16101b13996060d6e64b673e4f1031540eb5aba2c300f145"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "800d8ff07f6571b86ff53678e14fcbabd3b3c2e82ba30e005080336da635541d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2c6380e83550a739d5c9fb0b63fedc33276d3dbdaa4e35ac19df09ecc6b77e48"
"""sha256 of the package's other files, to notice hand edits."""
