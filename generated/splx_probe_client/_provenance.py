"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c0e66d131d4f38147e6da9a2772042da78af08806da04581460beb70d65899cb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9483ca8781f49da76e417e176fa74f7186e6c975df8de4fb58af2d7b411ba7b6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "3b359e03aa55389c0f69f1b5edad864537585ac9ccfa10f9954cd6d6b2515cda"
"""sha256 of the package's other files, to notice hand edits."""
