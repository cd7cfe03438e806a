"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "24e1028960e0bcb3ce3c731a902c22657553b8d4f3ca7cfcf75670c36deec420"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a37a36f0e619e000aee83cd585260ee0484662ffd03b15d9d94a3446bf473ed6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5697b63661e5555ee5666fa374226271d8a02aabb0b1a42d80fcc678e2878b50"
"""sha256 of the package's other files, to notice hand edits."""
