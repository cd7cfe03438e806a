"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2ca04e1c8eb9768645b0c4d49b9fc5c67a8d9436cd7c884bb2d70896273e2ba"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1438661ee1c2a5f0d66b3bbc4c000f96bf3cb1524cf3eb88dfcd15d6e3428fdc"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b8bb5fd724b6fd1567a52367345a9ed4effc9a72df19a727d93a0fe81c31434b"
"""sha256 of the package's other files, to notice hand edits."""
