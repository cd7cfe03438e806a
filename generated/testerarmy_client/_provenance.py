"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c26324960293843fc10852c2857933ca8ca41ebac186588d9f12c22ddc9454aa"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1fa6a0c5f3576ebb168eb4e2e7e07d951d546edd97c00e9c11e00f7762034b49"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b0a1f02a2b18dfa521e252cfb8353ce32293fc318afa2954ea16465efeb84ed"
"""sha256 of the package's other files, to notice hand edits."""
