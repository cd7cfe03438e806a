"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d3a0163efcd8711fd3feef1fac13f097fd4bace106ac85f0294d3d4097c7d6b1"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "378ebde3ca4c3a487ee3401d967327e63433ebdaeb9a1988e09faa49d587d3fa"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1c0689a99d115091ba9d402b7b450cb746c1d6ff46e6d4bafb07aacc8cbf2d15"
"""sha256 of the package's other files, to notice hand edits."""
