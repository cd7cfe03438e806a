"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "8cecaa1c4df0f8a6a92aa03f4773fe9b5a91acc2f627a70a293ec0a4a536e42f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "cedca2f86c5c6cef1cf5e0051ce18b758688c7d301784db708ed9f090d819824"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6153c84439139464614b83f910e4998fbb2533b89cd26214aef33091c61b13c6"
"""sha256 of the package's other files, to notice hand edits."""
