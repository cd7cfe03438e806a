"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7396dda436297053beebf674f2f1f6879555195e5407920c5037bf3a5fd6eb50"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6468a0c0bdcc0137ef44322f88eb6b075a2237c9dc3f6a33dfa29282bf8cf5d3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2c5a83227c347ee3347fa2dc3feffc0f3cb28cd16c7fe4208b6bb3ebdd4bc809"
"""sha256 of the package's other files, to notice hand edits."""
