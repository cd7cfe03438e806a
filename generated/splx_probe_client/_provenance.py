"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "eab21633b3cf6f2b2b89786f37b49c0738c13207b8a8fdc5f870fdc35f99f236"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e3790896ad89b632e5bb5b2bfd4b7e3562b5c79777852592b4bc3b82916c4e04"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f0bee236d9481c013ff0aff3b0093c6ac9c5ecaaa11fcfe93aa3adf86c2ba44e"
"""sha256 of the package's other files, to notice hand edits."""
