"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ca69e98d639deed7e672245e14e3839b64c651ec6e213d31aa6ec7d67a9d438e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9cdf82e40ca9685e650b26e7b662d4da5566a9173ddebf2e59485728e4eb389b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "17f4c5e6400fe2d12ded4b094e4835fc4f8f4ed502879ba10721004908bbebfd"
"""sha256 of the package's other files, to notice hand edits."""
