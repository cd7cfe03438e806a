"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "936ed23cc288f4b65c5b3f1d194bc892acf2dc8fd6284ec6d8b00b03e671e995"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "50428ef02cc7bc35a4a1dca864e21d321809fc264b8ce16b516370642d1a6101"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fd5a147c04ff8286f70f423bc15b71217e474688dd20388c9fbc4d3a73541afb"
"""sha256 of the package's other files, to notice hand edits."""
