"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "52284589c58f95e68bcc6179cd2db9316a0e87427f27c357d7368658644524a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "8f11d31de7a7d18dc22ca957655c671b5b064f21db437ee5a6fb71e03b3c6f8b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "85112a6bbeb20d359e81e3eaaa4f411f18a259b546795b6b022a30d9cdebd4b5"
"""sha256 of the package's other files, to notice hand edits."""
