"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5092f02c5722c00a4df9dd91f77501ace4369d0283d563ef781c6528048fab85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "11c45333f27024aa827fdee08e6ae4ddb9d23ffbfe9462fd5d8235ddd35a3b36"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "dd04b23aec0f040bc167bf96c47f28dae70827b1b3bcf686ffa4cabea0f2d73c"
"""sha256 of the package's other files, to notice hand edits."""
