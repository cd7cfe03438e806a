"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d41a897ecb56e77de8a065616b4f71644c729effbb35f79a671288762c78dad6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a594826352900f798c4f61a97af9c87af45bb93d9c6f1854a80e34e0e995804d"
"""sha256 of the package's other files, to notice hand edits."""
