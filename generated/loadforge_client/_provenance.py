"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "3efe3f45cadf629383451fcb90bcf564c7358d8408d2f8dfb32b8ad4092af38d"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "89f4191d806697bb8758dc2251dcca8f24ac75965f06276936b390f1c077367c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0685225fc5bbcb5b1c1bdf9be41e76fb2fc53827e82fab520559f96dfe3ecee9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a7c7415f771e0c6dd49bebe9aba7dd8545fca49e8ce0f41f0499cb09f6d36a7a"
"""sha256 of the package's other files, to notice hand edits."""
