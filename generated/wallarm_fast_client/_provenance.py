"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0f1a1039d8e6b9badbf4705c778e87b23ccec81ccc0e720e39ccd9f9d7d037ae"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4ef1a117eaaa59a53a228fd91eb4b8af25d4c4db890521123fc8679052d32c26"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9e34e791fc810314ee8a25d6392953919244da982bfb1eb78ddb00700b2f3fdc"
"""sha256 of the package's other files, to notice hand edits."""
