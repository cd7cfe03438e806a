"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c29ac0d24fbfb80990d054e3754333ad2419af024ce568cf7d83b1504e0bf668"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "076f2ed70afb010f5690d8b70cd64c52360e3ceedc34fc85916118df40a80461"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db0ef0c79956fde14fdc924cdf05843be94f0024aa33db4ec4af92492819d7df"
"""sha256 of the package's other files, to notice hand edits."""
