"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "aa5e245013cdd265da42758d51fde63c63716ed7bd5c4b450c99dea337f5fc4a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9f48d89d50bf1e42e99c069328e3702fd741929036e67f9f08f454ea7657c2ad"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "25a92b39aad37fe7120147d15a2c530fee72511a514de7cd41317c304d454e06"
"""sha256 of the package's other files, to notice hand edits."""
