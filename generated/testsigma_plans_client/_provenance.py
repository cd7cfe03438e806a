"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a0007f253812c846d77a1748ff08f17a71d2bc1cc36dce529f086f97cabf6404"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e463f9558f5b337c1dc3faf88d57b636ea09b269cd4aa61c277aa52d48166be6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "97068664b13b188690be5d5efbe9df7367756769a142a0e43169becbda0b5fb1"
"""sha256 of the package's other files, to notice hand edits."""
