"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6ce230ddfb9bf9904eb136f0788de1d7f0e9c0e12f835d3dbfd299cd52a4f22e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "defcd452b6b84cc917b88613e9e16ced35a1740662439ee5a101e4b647689855"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db0ef0c79956fde14fdc924cdf05843be94f0024aa33db4ec4af92492819d7df"
"""sha256 of the package's other files, to notice hand edits."""
