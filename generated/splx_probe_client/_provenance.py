"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b37238c77bfc7c93ce83007dd3214283b4a5f16e4a898fe1506aa1def847405f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "fdb54c85c3f55226a10110ba2625b664b73cbbd316db1f8c8368d5b6eb1e52a7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9dadb71ee5ea560a6d1d82a9aea61ed111a67a1656f7b4af84ebcfe71cd0de74"
"""sha256 of the package's other files, to notice hand edits."""
