"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3998255eb749313ab965992ce174cb38fb84a017c51e916e59c140e01ef02205"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4922bffb5ad64e81532403a6d55dcdf5c93a39037ab3027e49566916db308931"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "cbd1ea9f3f82325e22a67afb8d34c99615cbc8d8eed7039cd0b0250a4d1e04f8"
"""sha256 of the package's other files, to notice hand edits."""
