"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "397e5509eea4256c09e95c73ee97dfde8638cb4d78661d52fbacd0aa9922d06a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4da4fb2913ab6a98efad47e1e34a15a580d2cbabf05f28c0529aaa382fd494a8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1c0689a99d115091ba9d402b7b450cb746c1d6ff46e6d4bafb07aacc8cbf2d15"
"""sha256 of the package's other files, to notice hand edits."""
