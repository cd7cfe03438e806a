"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "69d2b3226b9b361acfdb289ee55e173b3de2979d5dc2f293d6c9c9c9cc0f7c85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b756cf01672e643199f092fe5f348e850b029b01c6bc0ec08096602b7b1510d6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a576568ce06451fdddb07501ff1ce309a753bcde843e2063c1afd11b67b42932"
"""sha256 of the package's other files, to notice hand edits."""
