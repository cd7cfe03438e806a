"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7a64ef18f52b67bb749a143b3356e6fb4f2205465eedf6c2ab9a9ea895f43651"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "8d29c1116237c0ad9a717121e56d97040b3dd6a4423ce5e8f50c2ca60402a2cc"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "aca701b7651f7f213964cf1fbb127466c384e39214ecb5709b3dbca22761c478"
"""sha256 of the package's other files, to notice hand edits."""
