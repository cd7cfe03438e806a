"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "86d60cdd6caa3b08e874cce7e16b27689ad5513241dd2cf369892e53ece9b4fd"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4ee7ce56c7aa5dcc5c58e1590930759d233a7e47dd19d0676542f64b41cb2bc9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "cbd1ea9f3f82325e22a67afb8d34c99615cbc8d8eed7039cd0b0250a4d1e04f8"
"""sha256 of the package's other files, to notice hand edits."""
