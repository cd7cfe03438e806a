"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "3efe3f45cadf629383451fcb90bcf564c7358d8408d2f8dfb32b8ad4092af38d"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fd0ac547c269cd10f55d5596a44aa1c25af3f9ab5b89c575c08e324c05dd78a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5cd40726e5d828a717e83ac86b79018440b8c19f6d3f8eb26288618ff1524b6f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a7c7415f771e0c6dd49bebe9aba7dd8545fca49e8ce0f41f0499cb09f6d36a7a"
"""sha256 of the package's other files, to notice hand edits."""
