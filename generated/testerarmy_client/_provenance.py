"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e69d1e2fd21744631759c9cdba3ebe4a01422c050632ce05226f9f7dacfd22b2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a54061746adcea66159d9bf68c8a88226f148f6745546c611a9e8adf373bcdcb"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a0dd7a88726380fc3addc5bdba1a04d8307b739549cf099ea6dac217b7939670"
"""sha256 of the package's other files, to notice hand edits."""
