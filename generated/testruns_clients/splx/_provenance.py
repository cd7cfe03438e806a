"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "54aab5ff777734d939d4781961752ae6b0b06dc5f53f0837f7c9f0237d816f9a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f8b7bc8aaff49cd2f9774bd73cc0966d81369076246d94f421d7a11246509b44"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "af99b338eff2f69467182b0236628741c63202d59d5a9765991a000291f554d3"
"""sha256 of the package's other files, to notice hand edits."""
