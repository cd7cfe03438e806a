"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2988cf22cb366a1be9c11433f7de1ea7e22baf1acbf034c4a7b8b10cb8e09e7e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "66e70717677cfe056aff7ef2b20a205483dc0507efb5dea6a9819be19be58d0b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "00a6a3adff9c45d3cdf96d2559dae26996b71839f9e063702508e32c591f2ffc"
"""sha256 of the package's other files, to notice hand edits."""
