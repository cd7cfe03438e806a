"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7a9a761faa83711a8fcdcfcdd68b05411b48ee2a15981510acc11e34b61e780"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "574501db49f65b6d50de732e879447282eaf19a18b849c2ccb9ca044ad4c85b5"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "30b206383c3d6bc4d0c8c692a2e00a2448dc7883a5ad7a842e094bd74db7c01c"
"""sha256 of the package's other files, to notice hand edits."""
