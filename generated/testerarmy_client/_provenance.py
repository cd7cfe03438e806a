"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9a562336c9e8fc83aefedba10c53f814b52038bc0639df11a88fb6e7fb52d626"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2ec44dccedf0f91dc02a4c7889701334a20e5d2c0ca2014cb4062e5de00cb31"
"""sha256 of the package's other files, to notice hand edits."""
