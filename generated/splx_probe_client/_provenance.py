"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "f3134083aa4dde1f6658efdd8db783d8895b43482031560105206139231bb8bc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b24ae4685089e54fb27be9d999d766b3f3f7646977d95349efc931a233177be7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9dadb71ee5ea560a6d1d82a9aea61ed111a67a1656f7b4af84ebcfe71cd0de74"
"""sha256 of the package's other files, to notice hand edits."""
