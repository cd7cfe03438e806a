"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0f1a1039d8e6b9badbf4705c778e87b23ccec81ccc0e720e39ccd9f9d7d037ae"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "eb7d03faa5c56863fdcdecd919640076962f68dedecfcdecd2531663baba9a2e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f7ace62f8ffb839c1ed1f95aa68277b00e4e70bbb70aee8252e7402657e481a3"
"""sha256 of the package's other files, to notice hand edits."""
