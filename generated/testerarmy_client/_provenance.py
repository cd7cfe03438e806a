"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d9537524b3be489f428f00109b96672bc19c47b1bd79d36a43c523848596e814"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "380c163826c3e635998c31d802bead04b3ac42664a44d8d90127a52db2f8a4ed"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fbdc7a91ce3731548865009f285a60df53bbf2df15c48046f9a165c331af1bc8"
"""sha256 of the package's other files, to notice hand edits."""
