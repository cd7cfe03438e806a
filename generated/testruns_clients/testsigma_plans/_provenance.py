"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1265f2f388bf308c5e8c1dc719360c60f3ba7b1c0069f69e7bceb92e6cc51c45"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "85c5d422ab8eb0c61e61d19b469f5c7ce0f61b1cb20315e2920bdd5b740553c6"
"""sha256 of the package's other files, to notice hand edits."""
