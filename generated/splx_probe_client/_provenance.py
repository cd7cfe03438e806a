"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "8d132f045498319d442622a4eacb12297a8d4059747c6803345f52e82a42c340"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "26ffde996386b040ef2f2046842577df4e92eaf7abe8fd8bc1e720219af2ceeb"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c4728b95c9777b9ee690a27e4bbc86d6dd65c81f8b1e990e2596f29c4b3b604e"
"""sha256 of the package's other files, to notice hand edits."""
