"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2988cf22cb366a1be9c11433f7de1ea7e22baf1acbf034c4a7b8b10cb8e09e7e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2f1c057de1a82cf8af5a23850bce5663f3644a9e76dfd2d9b8533e7ff98b96e4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5f48b517ee5628a646ae0e98fa20d0d71e0a8f080427dae850aa1403d4fed368"
"""sha256 of the package's other files, to notice hand edits."""
