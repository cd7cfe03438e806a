"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "242b1886b2d80181e855101f099a33de1f53844bcfd104228b47345fa2f4b253"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "3b359e03aa55389c0f69f1b5edad864537585ac9ccfa10f9954cd6d6b2515cda"
"""sha256 of the package's other files, to notice hand edits."""
