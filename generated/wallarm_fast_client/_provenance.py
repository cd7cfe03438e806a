"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5768c9bf9080972de4b7c1f266cdbfbf7fba20ed6418543229d68906f1096320"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "be095e05b40f345e303431486dc38730f0ac8fc9bd6ae862462c4bb1902ff1ea"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d35458218c387e41c2f6a6689554ef4c8e048512343176d9c5af0a350107f639"
"""sha256 of the package's other files, to notice hand edits."""
