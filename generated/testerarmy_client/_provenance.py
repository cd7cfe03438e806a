"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9aa3b743bfb8aaa0aa497a2cd11152a0ca5fb71b52bb9e969d7a6cf7c8e4059d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bdab83199e0570f6e27c6d58a4a088b3db9c6e6d11bf4b06eeb090cfb39d250c"
"""sha256 of the package's other files, to notice hand edits."""
