"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7a64ef18f52b67bb749a143b3356e6fb4f2205465eedf6c2ab9a9ea895f43651"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d1abbd95f89c821d94710533c03c5ca603c4be199d0295832514f0d2ef379b83"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9e34e791fc810314ee8a25d6392953919244da982bfb1eb78ddb00700b2f3fdc"
"""sha256 of the package's other files, to notice hand edits."""
