"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7a64ef18f52b67bb749a143b3356e6fb4f2205465eedf6c2ab9a9ea895f43651"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5f90a28406357728af4e2497a8b3743afecda466c427d202ed25a06a3fa5a856"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f7ace62f8ffb839c1ed1f95aa68277b00e4e70bbb70aee8252e7402657e481a3"
"""sha256 of the package's other files, to notice hand edits."""
