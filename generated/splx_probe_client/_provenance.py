"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ca69e98d639deed7e672245e14e3839b64c651ec6e213d31aa6ec7d67a9d438e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "446b7ce312e1b4e4e6b7deb1357207a208302611930bc3a53a9fc262e3808c17"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9dadb71ee5ea560a6d1d82a9aea61ed111a67a1656f7b4af84ebcfe71cd0de74"
"""sha256 of the package's other files, to notice hand edits."""
