"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0daf0adc19290bae3565a0d2df9350ce99bd058a170674d1b4b041523b8b0bbe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0f35d527166e8f26cd665a6f6789a490fb4a0032bf8774b40832b860accad3e4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ceff4b4f2ef7c53663f18e952c7d736b24d78a0b19cd147794171ca8ea2bcfb7"
"""sha256 of the package's other files, to notice hand edits."""
