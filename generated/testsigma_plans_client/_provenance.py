"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c26324960293843fc10852c2857933ca8ca41ebac186588d9f12c22ddc9454aa"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "425d199d757ca6e89abf46c1b38eb6664aad69901cb39d6344b43a3bfbf9f6f0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fd5a147c04ff8286f70f423bc15b71217e474688dd20388c9fbc4d3a73541afb"
"""sha256 of the package's other files, to notice hand edits."""
