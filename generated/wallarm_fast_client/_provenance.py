"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7a9a761faa83711a8fcdcfcdd68b05411b48ee2a15981510acc11e34b61e780"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c4b96f27b034e0c76306bea6425940a7d0742b82f14cdfd7485b6de9b2c56ee9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e3e8601a87a56c6942841a15bf7bd68d3accd3a52d063e25db871f3ca0916688"
"""sha256 of the package's other files, to notice hand edits."""
