"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "524f1c9f83dbbee62befd16e058ee0306a0d2c66f0635d0cd0261579b77a6e2b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0cd59119fd442b7a9ab7caa95799edba654523eea54ae4fa5ad351c2b2bcd80e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b552a017d6265c0394fc5d3b480c37679af154577172004e8569375a85a4cfb"
"""sha256 of the package's other files, to notice hand edits."""
