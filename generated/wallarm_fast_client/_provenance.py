"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "24e1028960e0bcb3ce3c731a902c22657553b8d4f3ca7cfcf75670c36deec420"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "79ca56aae6c7dd867a7abd7d71729f05dcb0e59104dbefa8e0f13027662e7cd5"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "188fc497557bf8b4f60e662f834d7c5d48616d7e6e06efe73228861bb7729a00"
"""sha256 of the package's other files, to notice hand edits."""
