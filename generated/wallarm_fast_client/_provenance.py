"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e94026bb41a19a8127c9051beec7da5a3a5bf91a78d8254a9e7f6dcae92d8bfa"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "46a633933bc95d335105c00a3b7008615635cab31abb83f7b0146e69ea6fccb5"
"""sha256 of the package's other files, to notice hand edits."""
