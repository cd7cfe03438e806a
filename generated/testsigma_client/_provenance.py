"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "89f4191d806697bb8758dc2251dcca8f24ac75965f06276936b390f1c077367c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f5a7d9cadaaa86cba10ea585c91d1cb2b5727ad0981a7b4cd41400ca95084589"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ceff4b4f2ef7c53663f18e952c7d736b24d78a0b19cd147794171ca8ea2bcfb7"
"""sha256 of the package's other files, to notice hand edits."""
