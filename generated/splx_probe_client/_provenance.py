"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7a64ef18f52b67bb749a143b3356e6fb4f2205465eedf6c2ab9a9ea895f43651"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "70eedf4b2e41f0f3aa2aa576352ec7fd03ee69be7b9cb67f09c8f56b03a75e44"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db7ba55600419c1f36122b77a3d7d075a688b34bbb27fb755c0938e33e8db3f9"
"""sha256 of the package's other files, to notice hand edits."""
