"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2067dbe1ed91e18225ca62ed6b9a79825e861cdd13953dccb1996093a2d56126"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "83063ede2ee37e46000f86a9e23d0d4438cacdfdccf6c2b5c441c6b6b88a177d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "34e3547e50b409ff3b970429e1786185882fb856a19f8fd4895a0db7f0dcfe66"
"""sha256 of the package's other files, to notice hand edits."""
