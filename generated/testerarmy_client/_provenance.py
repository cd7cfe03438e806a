"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0daf0adc19290bae3565a0d2df9350ce99bd058a170674d1b4b041523b8b0bbe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9c6c683c76a85425bdd429a3c9c0d2b8116c0bb63686eea85ecc830700b80e87"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fbdc7a91ce3731548865009f285a60df53bbf2df15c48046f9a165c331af1bc8"
"""sha256 of the package's other files, to notice hand edits."""
