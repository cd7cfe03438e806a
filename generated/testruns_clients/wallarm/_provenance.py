"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "102d7aab17ffd5329629ab89080460e837fbe4b8689a36ad025a5dabc1e5a52b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4126410b0bcb12842ecd3376445a86a5d2938770f5f730a8ac908d1278a390f9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ce8c9843b0e37bd00f45e4d90e46c2468bc21833d42cd5a066f7db56d13f2014"
"""sha256 of the package's other files, to notice hand edits."""
