"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7b31fca8d0e5bb260b4bec818ea214f75a4847ce6358a3c3a20cc52e54eb5ed6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a576568ce06451fdddb07501ff1ce309a753bcde843e2063c1afd11b67b42932"
"""sha256 of the package's other files, to notice hand edits."""
