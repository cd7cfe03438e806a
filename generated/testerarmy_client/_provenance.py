"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2067dbe1ed91e18225ca62ed6b9a79825e861cdd13953dccb1996093a2d56126"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e3a53d0118dd53d6e102c18ba70869af3e8ab63e4b221e09195f4e81f37afebf"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db0ef0c79956fde14fdc924cdf05843be94f0024aa33db4ec4af92492819d7df"
"""sha256 of the package's other files, to notice hand edits."""
