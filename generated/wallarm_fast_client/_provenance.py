"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2d28b1b4c46978940259e2c88da86c00ce95212fca3a65c5d3e32a272356ca6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e044006764c62ee97f9c55e559ced7a5aa95166ecb447b51701ca94eb4587f2b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "46a633933bc95d335105c00a3b7008615635cab31abb83f7b0146e69ea6fccb5"
"""sha256 of the package's other files, to notice hand edits."""
