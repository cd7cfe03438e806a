"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c57d3fa94873d4d1a74213266f9d68066cc384e04913e2f67d7841634baddfcc"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f41fa489386c8a3e1e529b629f1b90c8a6372855c22852ff77d0deea0f73535c"
"""sha256 of the package's other files, to notice hand edits."""
