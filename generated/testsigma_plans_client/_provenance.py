"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5465cacbfcf28b4082c11c2086030b5f6f0bbf1b3c6c6bbc2404c8cb63f5fbef"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fdd14a1fbfdfc34c06bdf53e3ee0a0af874ae00aebb249ff417d05a4e99c1a61"
"""sha256 of the package's other files, to notice hand edits."""
