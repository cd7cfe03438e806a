"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2f8688043b6a87c77610bb3d817e05141c25bb2fce5265c62962084e7f72ec5e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "47ea6d98c3654c51de011a9cb9188528c5591ec530bd7d233c8f29fa77724af6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "17f4c5e6400fe2d12ded4b094e4835fc4f8f4ed502879ba10721004908bbebfd"
"""sha256 of the package's other files, to notice hand edits."""
