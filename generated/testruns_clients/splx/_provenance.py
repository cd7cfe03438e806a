"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "102d7aab17ffd5329629ab89080460e837fbe4b8689a36ad025a5dabc1e5a52b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "49a14535276ac32f8b1ec64fa10065ec546eaa2b79a4bab2041b2c8af81d6764"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a1d641cd2c492ff5593999319b0ade9a99ed92608a29cd5d14079a8a31b10316"
"""sha256 of the package's other files, to notice hand edits."""
