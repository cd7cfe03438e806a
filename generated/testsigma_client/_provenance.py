"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "216f10560765c66de7ba286255c6d5136f6c75c79dd83f11aecabc043361cccc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5d18fbef7fce089187f6e1c396e51814ca2a9439b48d092e06a985b642ef9ab3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9642afa96866f7cc2b752e1f7ff5cd1b82ddb2e787c3bd959f1fa337a41bde70"
"""sha256 of the package's other files, to notice hand edits."""
