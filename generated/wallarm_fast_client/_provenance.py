"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0daf0adc19290bae3565a0d2df9350ce99bd058a170674d1b4b041523b8b0bbe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c4ea9a333e8852e722fe11901521de0b318ed95940b76b48ea2b9064bf6e27e7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2dce24e040a5900cf9d4b82bc7229c247dd982f7a5113815fabd69d95eeac958"
"""sha256 of the package's other files, to notice hand edits."""
