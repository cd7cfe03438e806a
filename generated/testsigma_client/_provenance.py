"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "01f2afbcb9b349c2e3fa81962127bc0caf6b98f82e3360d7a8522408782fba54"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d92ffe590fc0102eae2e70930ed978395e28ef619c2bd637529a021fef564d49"
"""sha256 of the package's other files, to notice hand edits."""
