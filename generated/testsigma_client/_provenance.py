"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0f1a1039d8e6b9badbf4705c778e87b23ccec81ccc0e720e39ccd9f9d7d037ae"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0a8e0fe444cd33c6b0e261aa882f24b69e0500b6c3c91a7a0af953853032ee0d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "aca701b7651f7f213964cf1fbb127466c384e39214ecb5709b3dbca22761c478"
"""sha256 of the package's other files, to notice hand edits."""
