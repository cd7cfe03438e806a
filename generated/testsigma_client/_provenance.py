"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "eab21633b3cf6f2b2b89786f37b49c0738c13207b8a8fdc5f870fdc35f99f236"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3c3afeac527039cb98441630bb1c38c4b96289a14b4263265dbddcf3c88ed4d4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9642afa96866f7cc2b752e1f7ff5cd1b82ddb2e787c3bd959f1fa337a41bde70"
"""sha256 of the package's other files, to notice hand edits."""
