"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b505e8ba6b7b83346d11f42fc50ad35f222de931b97f604f734d7c9d1697bd7b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f0c22899eb0e6ee87b5813e4e74ebd325faa1f590167452647adc13ca442642c"
"""sha256 of the package's other files, to notice hand edits."""
