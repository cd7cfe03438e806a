"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0f1a1039d8e6b9badbf4705c778e87b23ccec81ccc0e720e39ccd9f9d7d037ae"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9fb22bda0f635ad7f4979fd61e884af5928640e9c10ff0a0200e3e4068355ebb"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ff6aca263665ee7d7a59b5e9130e0b2da402de4a8d65314165e8ec133e202305"
"""sha256 of the package's other files, to notice hand edits."""
