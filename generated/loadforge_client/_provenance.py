"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5f77ce416fb2c9fd83d6bdaae88e75f66f789571591b7a3108c08d19422a8f98"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9a82b152c8b6b181ed4b59f0ba221a0196d553904294c1d01ddd98e47fc440b5"
"""sha256 of the package's other files, to notice hand edits."""
