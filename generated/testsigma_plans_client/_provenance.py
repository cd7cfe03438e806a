"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "f484c0b96ffb62691522fc9f8cee3b1cd91a353780a8c5f27f5eecc05e99afd6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7a9c692bc6607d88d8fb8a47b729f4b79199ce0d96461e875c6d3406d197fb79"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "17f4c5e6400fe2d12ded4b094e4835fc4f8f4ed502879ba10721004908bbebfd"
"""sha256 of the package's other files, to notice hand edits."""
