"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1444bc8604db4ed9a043b916082445c25656adbd418760b7d21193f9092f3db9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "cbd1ea9f3f82325e22a67afb8d34c99615cbc8d8eed7039cd0b0250a4d1e04f8"
"""sha256 of the package's other files, to notice hand edits."""
