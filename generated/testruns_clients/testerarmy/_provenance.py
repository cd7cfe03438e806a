"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "102d7aab17ffd5329629ab89080460e837fbe4b8689a36ad025a5dabc1e5a52b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "20e42cd4860112db48ecd97314c504d43c59dead6aee2622676e50b6ac121fab"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "67641f04794d351ae9fac4e6d9d155808b1487dc08517e13f5ab6d7a61b74af5"
"""sha256 of the package's other files, to notice hand edits."""
