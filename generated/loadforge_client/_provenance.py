"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d4e6d8be85cd9310b7e05a7b1aadeb6349f01366d25d400b786f4abd39c29029"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7eec350bfe5a5b5350a051873171b93ea4746d8149df69bfa9e57aa39883277b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9a82b152c8b6b181ed4b59f0ba221a0196d553904294c1d01ddd98e47fc440b5"
"""sha256 of the package's other files, to notice hand edits."""
