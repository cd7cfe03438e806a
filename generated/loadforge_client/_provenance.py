"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "17cd4b3667542f36fced7d5fc2d4494ecfa147aaf83aa190787dac5b14c637ff"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "0db872cc09bef44697f8c3459ac0bc409df737ef9d492df3cbde11dd3ebbbc19"
"""sha256 of the package's other files, to notice hand edits."""
