"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6e5cdc6aa5c2ff8cca8bf5d069d3211eb2575242d982d0aa38a29db8fc07f1f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a7f9d2286d6205e0fac210962e5d78b1b50306c68799a02357b89713dae89969"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "04142980987a067a73280037240ed9b1f529e2dee1a2225f8ab91b31558be036"
"""sha256 of the package's other files, to notice hand edits."""
