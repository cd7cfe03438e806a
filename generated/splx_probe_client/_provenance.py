"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0daf0adc19290bae3565a0d2df9350ce99bd058a170674d1b4b041523b8b0bbe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "efd714fd3c11f2a4aa1fc3ac66bcae708022ef88010c31a5d9dab58401ba27fe"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1c0689a99d115091ba9d402b7b450cb746c1d6ff46e6d4bafb07aacc8cbf2d15"
"""sha256 of the package's other files, to notice hand edits."""
