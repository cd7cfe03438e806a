"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "23f8fa3e181297a05d5829c2a79d00a0c77967fb15f3b3aab23ec68c9cdebcb2"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "7bac0bcfba4458cc6a81d09ca9347bcbeb87443888e50139b2ae90974c1c6200"
"""sha256 of the package's other files, to notice hand edits."""
