"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fd0ac547c269cd10f55d5596a44aa1c25af3f9ab5b89c575c08e324c05dd78a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a41b540938687ffe7738f4d25e069fc943937ede8d61de9706b4d58f9d41ea6e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1c0689a99d115091ba9d402b7b450cb746c1d6ff46e6d4bafb07aacc8cbf2d15"
"""sha256 of the package's other files, to notice hand edits."""
