"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ce13543d0ed0d31446b9ab9bf4439d36b189fbd657d2c6b2111a4a9aad285079"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4bb95b30e0b435e6342053e4aad8ef9ce8094caedbf7388a2f76d027b3d441c3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2c5a83227c347ee3347fa2dc3feffc0f3cb28cd16c7fe4208b6bb3ebdd4bc809"
"""sha256 of the package's other files, to notice hand edits."""
