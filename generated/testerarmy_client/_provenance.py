"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e2fe6e3c23b11f8220291eeebc8185e4d70328157de8508da67d29aa77e64109"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a929051ab08c22b2ab872e3145d89d9c48b7be1695dc2a23583917891bc07586"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "45716770e86e8bba8e97a39c7b645a37e6064106f377cc0c41789d0a1c7d3791"
"""sha256 of the package's other files, to notice hand edits."""
