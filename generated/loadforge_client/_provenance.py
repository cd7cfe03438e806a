"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7a9a761faa83711a8fcdcfcdd68b05411b48ee2a15981510acc11e34b61e780"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "8211a75db48335cd212f75e2e188dcaae35438b62ce96c59f66e7bd5ec62920b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "278f2990dbcc824bf3eccf3d4b48965e4cb7e58655d3c8e11a4923953f2c02fa"
"""sha256 of the package's other files, to notice hand edits."""
