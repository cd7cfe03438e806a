"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "444fe7e2135614a93d92ce3fb8d5d4d3892a37c380bc3706c16efa0ca6551f01"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b4eaec1cf8c9e1dfe148cadb0dc822b68e53b9b71606143081e1152a713ef063"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9e61c88b88095a3c1dcaeba2729a418bb703eebac3512bbc3cf54983528293ee"
"""sha256 of the package's other files, to notice hand edits."""
