"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3c0ec43255df523a0efd21ea39a8cd8e8bef8509af46efba5fc713d3716621c9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2e80437b3637c4d4a743e8beafbf0d49840707c6670e65646c2c23bcf8a3e6bc"
"""sha256 of the package's other files, to notice hand edits."""
