"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0daf0adc19290bae3565a0d2df9350ce99bd058a170674d1b4b041523b8b0bbe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5b1c7ddd98f2ce2f11ed904bee4d12357bc1c09b1ac20c8506ed38413495b7b6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "34e3547e50b409ff3b970429e1786185882fb856a19f8fd4895a0db7f0dcfe66"
"""sha256 of the package's other files, to notice hand edits."""
