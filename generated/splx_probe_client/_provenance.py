"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "082688f6005be2c116ec8f16dc7ce98c02f5bcad546e71cb34114193ba366004"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2c5a83227c347ee3347fa2dc3feffc0f3cb28cd16c7fe4208b6bb3ebdd4bc809"
"""sha256 of the package's other files, to notice hand edits."""
