"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b8686c1dc6c0f28ac576acf79f726f15a7cb8c20a5d6ad95157cf29d6fd9691f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "dcebe7d0cecd2cdff6a8d173503a6edb4f520b25d1fc3d9f45cf50458bdec10e"
"""sha256 of the package's other files, to notice hand edits."""
