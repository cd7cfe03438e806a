"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0ef217418b85af7de63a10660d4e502f0c2b1eb0b7cf666b5c8c9d3425d341a2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "da375fbb9ab4ca1a9abb6d2ca4e797b6e952aa901d7be9ad54d346f718656ebb"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2c0529cd4694fe0c87e9662959680101984fd122bbedd99b9b19a63968fb91a"
"""sha256 of the package's other files, to notice hand edits."""
