"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "dab35d9883de66043635e6472dd9a80e4184ba498e09132daf27348dfbc87dc1"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d35458218c387e41c2f6a6689554ef4c8e048512343176d9c5af0a350107f639"
"""sha256 of the package's other files, to notice hand edits."""
