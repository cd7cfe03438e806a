"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6b17415f8f94a1800a4e30730d803e16e04c2c32f04ac4452968e27c70839cac"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6a4d611160f636ea0879844516ad4d9524d75befe5b6de7635089b19ea364060"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d8f873c229934ced93e1c5bcb8dc31c2fc7891896b51340667501838e391b745"
"""sha256 of the package's other files, to notice hand edits."""
