"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3df153958ebe36ea59bd0d62d5a9b19677ef7a0f6a148e52dcb7d5805be93e94"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e30fa95ed772b03ecb8f36f15ea89c6a3f2fa51b3e60699902fbb7c9341e580c"
"""sha256 of the package's other files, to notice hand edits."""
