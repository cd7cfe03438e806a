"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1281469479937ff43701d3f95f92a23e090b7575f2e932716084a6720ee5435a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1d3c46026741ded3ce0348b992bea15c6df27156ce8be88d6ad8e36745138dee"
"""sha256 of the package's other files, to notice hand edits."""
