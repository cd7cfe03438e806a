"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fd0ac547c269cd10f55d5596a44aa1c25af3f9ab5b89c575c08e324c05dd78a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "662a5e786b5ea7030976cd17e2b5555924b5e7a6e4c634a417fff1e5d9bcb45a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ceff4b4f2ef7c53663f18e952c7d736b24d78a0b19cd147794171ca8ea2bcfb7"
"""sha256 of the package's other files, to notice hand edits."""
