"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ee3a068d554c9b50e842ef100eb4b77448320afe3796a19bf8a8d86d3099ad49"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "52a37a50e46972349743ceda16a29ca0795920f994e3542e536a4a964a931a53"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ceff4b4f2ef7c53663f18e952c7d736b24d78a0b19cd147794171ca8ea2bcfb7"
"""sha256 of the package's other files, to notice hand edits."""
