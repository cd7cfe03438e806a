"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "753764b9492bb5662a5872ab805b1afd2576cc02cadcdb19a322da0c0c5f594a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "929f16ae26d7741d837b47af68d8103a055c78271e3f0abcb4463813edf6ad2a"
"""sha256 of the package's other files, to notice hand edits."""
