"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "be5cce1a2a04beefe0959506d86c20818c5d2f889617ce4260d3a3820e78f539"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c0257cafa9338b0fb49bfbfdc835ef233d9b61746840bfd9e0bb597eb56ea681"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5697b63661e5555ee5666fa374226271d8a02aabb0b1a42d80fcc678e2878b50"
"""sha256 of the package's other files, to notice hand edits."""
