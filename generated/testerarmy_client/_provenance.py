"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "0c0abcdc7c5da6b1d02c1bd482e029313536d1d903eb559dc00309226c06651d"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ee3a068d554c9b50e842ef100eb4b77448320afe3796a19bf8a8d86d3099ad49"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f83bd18f0b6aaf8f669d5db68d7ab3fca0d67ada5d464dbc8cde9d2034ee2e7e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9b41637f6394d329a95384d431542ec786acefbf205cfd0b40b4213ec3765061"
"""sha256 of the package's other files, to notice hand edits."""
