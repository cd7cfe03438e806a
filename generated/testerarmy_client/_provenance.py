"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "0c0abcdc7c5da6b1d02c1bd482e029313536d1d903eb559dc00309226c06651d"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fd0ac547c269cd10f55d5596a44aa1c25af3f9ab5b89c575c08e324c05dd78a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d84cea0afd0e6f827863eb64083a057d077df5c0eb9ff705d0ba78f8d4a1dc32"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9b41637f6394d329a95384d431542ec786acefbf205cfd0b40b4213ec3765061"
"""sha256 of the package's other files, to notice hand edits."""
