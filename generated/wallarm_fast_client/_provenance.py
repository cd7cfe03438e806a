"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "936ed23cc288f4b65c5b3f1d194bc892acf2dc8fd6284ec6d8b00b03e671e995"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c69c8b9b43222fec3365a9b66f9dcf4803a0c94759820413b020e4f898a69cdd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8d341b6c2ea238f7d0bba187f2d940776b9996ed7916299c5f1c91798099276f"
"""sha256 of the package's other files, to notice hand edits."""
