"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c0e66d131d4f38147e6da9a2772042da78af08806da04581460beb70d65899cb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6bf93fc1ecc51cfb806c3185bdc5f8851e46711f210c6421319fd80011a8f919"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "532afe934ee98cfd93d34edf8f4c4a1632b91523751792fb3b05edb20c520220"
"""sha256 of the package's other files, to notice hand edits."""
