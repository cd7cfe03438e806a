"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2f8688043b6a87c77610bb3d817e05141c25bb2fce5265c62962084e7f72ec5e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a77be5f6ea264a67aa69563e861aa98279343a5fd937a106f0b91bb5bec78b76"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9dadb71ee5ea560a6d1d82a9aea61ed111a67a1656f7b4af84ebcfe71cd0de74"
"""sha256 of the package's other files, to notice hand edits."""
