"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5092f02c5722c00a4df9dd91f77501ace4369d0283d563ef781c6528048fab85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "224ac393971530bf4c4b31acd7c66dc46421ec4e92758015b9a1f6a95429dbfd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d4dab6d130e73041e07ca443c88860f994ae916893df3cbb6fd5a4385e18d8c6"
"""sha256 of the package's other files, to notice hand edits."""
