"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4d316ef1d29809ae2ac648b046cf8c209525bf49934957c482feb87964b34d42"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b30b118bddc3150d04990199f03df4f52888f13e4f438bb1450ed9f28d342f8d"
"""sha256 of the package's other files, to notice hand edits."""
