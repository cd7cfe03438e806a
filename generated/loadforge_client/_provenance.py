"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3edfe2c4b7ec7e01aa04cd91717d1bc5fe947f1c140c713604493a71efb499d7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c00e79f62053afcbf540364b554a33f605c889fb81495493c8dcd0ed31cea9aa"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d8f873c229934ced93e1c5bcb8dc31c2fc7891896b51340667501838e391b745"
"""sha256 of the package's other files, to notice hand edits."""
