"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "db4704569267d76ca23861c81aeece99506e47f618f345d48686ad335e9995e0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9a1e89ed1b4a263b202c8ec7e57e406264716cf3aa3f01a841b484e36f6047e8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "34e3547e50b409ff3b970429e1786185882fb856a19f8fd4895a0db7f0dcfe66"
"""sha256 of the package's other files, to notice hand edits."""
