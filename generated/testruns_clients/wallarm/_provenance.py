"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0833dc17b5c42186a2eeed1cebdf4b9ae056cc4b92f9d233a6bfd917e89cdc90"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "3e05d0723e0b2e0f48ed54d847cbcadcb39a2cb1ab34d3c146e14fbf675fcb94"
"""sha256 of the package's other files, to notice hand edits."""
