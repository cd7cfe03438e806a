"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e1449118bb9270af0ec1d2f01f64e2dd538c428b11f740d3a52682a6336794c1"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "bdf1737a321ef7a79dc1e94b19eae9103e0f8f90f381cc7550a493e61bfd0f3b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "7324c7c470015f8d866df5a23a34cab1e74769efb02758106ca84e4c96580002"
"""sha256 of the package's other files, to notice hand edits."""
