"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "eab21633b3cf6f2b2b89786f37b49c0738c13207b8a8fdc5f870fdc35f99f236"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "388fbecb724713a572872bf5fb753e843daaa7da49acd266556738ea0818d3ea"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bd78a24f40657de19da4355508185c4469c5445daa68a9820c3e266c83090cab"
"""sha256 of the package's other files, to notice hand edits."""
