"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5092f02c5722c00a4df9dd91f77501ace4369d0283d563ef781c6528048fab85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "11498e618b74a33c78beb9c57baf11d4e488e3be583c23ea690c89526f35bcf8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a0dd7a88726380fc3addc5bdba1a04d8307b739549cf099ea6dac217b7939670"
"""sha256 of the package's other files, to notice hand edits."""
