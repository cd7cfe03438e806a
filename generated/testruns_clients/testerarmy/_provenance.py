"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5799d0da5274ceeb3822efecec39777331de1bf7963441920435bda68485186c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a841d0fb8e9597b1270d7ed4171eb09cbcaa681bac45cfa67c4e909f73b32dea"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "957ae906fb3f89211c52da39b441cd4b30fd83df96dd62100b5fb5541e9e4b4f"
"""sha256 of the package's other files, to notice hand edits."""
