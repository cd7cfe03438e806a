"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f1b2f1701474476caae9cbfa79e91e8125b816d4ea35014b4b099d2ec5f97083"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9c69689ba3a67d1bfe232934741dea887b56438dbc11bdb92cbf35f510b2f732"
"""sha256 of the package's other files, to notice hand edits."""
