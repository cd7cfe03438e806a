"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "56befd885590afcb16101b13996060d6e64b673e4f1031540eb5aba2c300f145"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d732cecf1668738fb231a5c0deca58c99547af1945d6848af66b1d67449d5f3b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8d341b6c2ea238f7d0bba187f2d940776b9996ed7916299c5f1c91798099276f"
"""sha256 of the package's other files, to notice hand edits."""
