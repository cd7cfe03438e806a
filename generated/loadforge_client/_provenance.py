"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e69d1e2fd21744631759c9cdba3ebe4a01422c050632ce05226f9f7dacfd22b2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a93ace70ffd161ed1af7d0d8132bba6c8916d51ee6e4435089a46a4281c07d8f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "dd04b23aec0f040bc167bf96c47f28dae70827b1b3bcf686ffa4cabea0f2d73c"
"""sha256 of the package's other files, to notice hand edits."""
