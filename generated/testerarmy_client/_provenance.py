"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "7a64ef18f52b67bb749a143b3356e6fb4f2205465eedf6c2ab9a9ea895f43651"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "81712a10c3e8065b6274d4f931fb2d4a0eb7dc7de901a2bf5420ac2688f04755"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "ff6aca263665ee7d7a59b5e9130e0b2da402de4a8d65314165e8ec133e202305"
"""sha256 of the package's other files, to notice hand edits."""
