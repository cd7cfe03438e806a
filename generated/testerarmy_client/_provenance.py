"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "db4704569267d76ca23861c81aeece99506e47f618f345d48686ad335e9995e0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f8a1ab68f890faa7a0a76673c85efbee53a0a88741033d8252d9e6565194e98e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fbdc7a91ce3731548865009f285a60df53bbf2df15c48046f9a165c331af1bc8"
"""sha256 of the package's other files, to notice hand edits."""
