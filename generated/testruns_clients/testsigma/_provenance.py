"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b96d0a67f12d23595b0231ecb3f8228af4b065179f7c6aed93c1b0f80d036711"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7d04b9c1e8f4b44c59d89addc93fdd8e9c4ec78a452160bce2bd63e56d963f7b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2c0529cd4694fe0c87e9662959680101984fd122bbedd99b9b19a63968fb91a"
"""sha256 of the package's other files, to notice hand edits."""
