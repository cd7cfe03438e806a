"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "380cdf7cd893f24e3dbcd3a74dcc7b00a161e73c9e38947414529193a2e89e4d"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e485962438de8c0d4ed09135db7ffbcb19e889b0b37c677a587f3813c90da7b0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c4728b95c9777b9ee690a27e4bbc86d6dd65c81f8b1e990e2596f29c4b3b604e"
"""sha256 of the package's other files, to notice hand edits."""
