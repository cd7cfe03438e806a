"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "524f1c9f83dbbee62befd16e058ee0306a0d2c66f0635d0cd0261579b77a6e2b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "882ed5de7d38f1afed1c42393f8642b367942e56940a5d1dffd7eac188dd01bd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c7c8da2725cb6a1610d1efc619f92b17fc777d9a4f9b5e6a6244c802d51d6a85"
"""sha256 of the package's other files, to notice hand edits."""
