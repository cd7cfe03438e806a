"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6f4948aa99e57638056650d8b881e8d42104447f88c7c61f2cfe64146f6afc21"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b8e1161869c165bb90d2c9d7fdb3a7bd8c206d5b5e48ab76bb20ba021366fca0"
"""sha256 of the package's other files, to notice hand edits."""
