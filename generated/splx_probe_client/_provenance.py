"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b5b1b0812cb9ea92110c7408665dc5ee62458089257ca26fedbca5809e8bfc3c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7ac495dd4f73bf97fadb72cd34ad8da3247dfd659930c545777611ec389c2fe1"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e31f81d4ba0907d7a41ed8af19dc914c37be9e71994cb9c1764667562fc14abb"
"""sha256 of the package's other files, to notice hand edits."""
