"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5768c9bf9080972de4b7c1f266cdbfbf7fba20ed6418543229d68906f1096320"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "bc56e5ab1e4a9daf1b34a32fb02c0aa58ce621c0e3ae9cd2eda396b51228bbc4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a74dc91ac4e75033d7aba155586f027d2bbf4a8e8275c46ce97ba6db7d33075f"
"""sha256 of the package's other files, to notice hand edits."""
