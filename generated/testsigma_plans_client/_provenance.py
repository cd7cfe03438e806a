"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4d946c5e6b733e2f95890b35bf7235d81bff9ce24b84714719320bd77563e573"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e193c9fd7a1d4681d15f19bee2399a59f76b0e9e0830a93d3582a18d223128f6"
"""sha256 of the package's other files, to notice hand edits."""
