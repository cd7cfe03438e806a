"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7a9a761faa83711a8fcdcfcdd68b05411b48ee2a15981510acc11e34b61e780"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e3dd0bf286253c340e356feb8654d2f1d016167fd8e293b3d654fa310e7839c8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "53ca1efe1510f5e45095b2c62ea543e2a9ff0237fcf77ecc53ad53067e49dc29"
"""sha256 of the package's other files, to notice hand edits."""
