"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ce13543d0ed0d31446b9ab9bf4439d36b189fbd657d2c6b2111a4a9aad285079"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "446ce9f50de398ce5ba0e377d81f195b95f68ec6c2fa8206fb368086c6f45c70"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "04142980987a067a73280037240ed9b1f529e2dee1a2225f8ab91b31558be036"
"""sha256 of the package's other files, to notice hand edits."""
