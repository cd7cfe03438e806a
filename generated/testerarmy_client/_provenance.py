"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d3a0163efcd8711fd3feef1fac13f097fd4bace106ac85f0294d3d4097c7d6b1"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2abb5d19797b2e7b2f086e25bbf0e9314448cafb7bb834885a305f76c4936d5d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2ec44dccedf0f91dc02a4c7889701334a20e5d2c0ca2014cb4062e5de00cb31"
"""sha256 of the package's other files, to notice hand edits."""
