"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f022fb7c8777718d79007feba0b2e3af91e4a66d519ff3d6380bff46bc76e4ef"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1966911b075c36bcdd460c3bc84d7ecde617e9272aed7a57d0488d4bbedb832b"
"""sha256 of the package's other files, to notice hand edits."""
