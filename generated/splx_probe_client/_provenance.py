"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3edfe2c4b7ec7e01aa04cd91717d1bc5fe947f1c140c713604493a71efb499d7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ab5fa300fbac1696a66c2606d8cda86187ca7f7302f406cb98ef7ae3f5c499fe"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2c5a83227c347ee3347fa2dc3feffc0f3cb28cd16c7fe4208b6bb3ebdd4bc809"
"""sha256 of the package's other files, to notice hand edits."""
