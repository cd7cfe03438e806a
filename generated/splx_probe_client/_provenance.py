"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9db5c413077a4879cf1ebde496b0a915e8d80865a12834ebe4cff350313292bf"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1c0689a99d115091ba9d402b7b450cb746c1d6ff46e6d4bafb07aacc8cbf2d15"
"""sha256 of the package's other files, to notice hand edits."""
