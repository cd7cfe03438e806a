"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "52284589c58f95e68bcc6179cd2db9316a0e87427f27c357d7368658644524a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9fbc29150ca0096983582f3056a324c345851b373bf714c7d33eed1c7b16ae0d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5f48b517ee5628a646ae0e98fa20d0d71e0a8f080427dae850aa1403d4fed368"
"""sha256 of the package's other files, to notice hand edits."""
