"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "901decb54b75a8bf2ac133de3621b021b9c5c5b7f8cd5e3f687341e8ef4cc206"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "efd2df1b72c27c5d5e629453df6c4eb9b18f8954060967cf19e8e10047c6dc27"
"""sha256 of the package's other files, to notice hand edits."""
