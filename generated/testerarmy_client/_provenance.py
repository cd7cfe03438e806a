"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a0007f253812c846d77a1748ff08f17a71d2bc1cc36dce529f086f97cabf6404"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c71542786951e4e18636a843b80bc2bb5e90a10078b4b4047b940d514e04cfbf"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "7790e217cc8b30e15cc6603d4f30ca1ff20b84f738d5b5dbec453406eb54d546"
"""sha256 of the package's other files, to notice hand edits."""
