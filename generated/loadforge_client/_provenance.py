"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1568de89ff9b695c8b86e550b1a0687f20980d878cf6d1708469f62f35ee4893"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d82b0e6692f3e31daaed1209c10d27614135241500abef7fc09a95d55e28cf58"
"""sha256 of the package's other files, to notice hand edits."""
