"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "56befd885590afcb16101b13996060d6e64b673e4f1031540eb5aba2c300f145"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f3d21ea5e8c7b3cee8fffa9c5526d40a57fe50473cb21a5c88f28278c8eb2f67"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b0a1f02a2b18dfa521e252cfb8353ce32293fc318afa2954ea16465efeb84ed"
"""sha256 of the package's other files, to notice hand edits."""
