"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d9537524b3be489f428f00109b96672bc19c47b1bd79d36a43c523848596e814"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "bf0f09b20a27ea74808be329535d8d6284a5db5bfdc3ab7ef5c508f07c332047"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "34e3547e50b409ff3b970429e1786185882fb856a19f8fd4895a0db7f0dcfe66"
"""sha256 of the package's other files, to notice hand edits."""
