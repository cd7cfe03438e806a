"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5092f02c5722c00a4df9dd91f77501ace4369d0283d563ef781c6528048fab85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c435bb0bd802c702ab139280a6f2a80ccc594d0037f5ab74868df33b74e9cd1a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d9a4ac5580b74ac708b233fc5e0de7993e7a2c1d6927f58335f03536d5002103"
"""sha256 of the package's other files, to notice hand edits."""
