"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "56befd885590afcb16101b13996060d6e64b673e4f1031540eb5aba2c300f145"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2fbca880d3a4304e598e67f39c412bec61b225dd6e2666d45ae3134dbb8f8f5e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fd5a147c04ff8286f70f423bc15b71217e474688dd20388c9fbc4d3a73541afb"
"""sha256 of the package's other files, to notice hand edits."""
