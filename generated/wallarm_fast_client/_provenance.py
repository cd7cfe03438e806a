"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2f691bb456fd0656aa7c903d281e63b131477e5165fe3b8b525071e38cab6fd5"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "00a6a3adff9c45d3cdf96d2559dae26996b71839f9e063702508e32c591f2ffc"
"""sha256 of the package's other files, to notice hand edits."""
