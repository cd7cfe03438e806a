"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a7368082568139966b010c928176466bc652d0a9f6f52ae23d27aa068556bb89"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "65d4c3769807fe8d61da060848fa8fc843245da76970ef732505e541103ef382"
"""sha256 of the package's other files, to notice hand edits."""
