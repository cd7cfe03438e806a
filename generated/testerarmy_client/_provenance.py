"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ce13543d0ed0d31446b9ab9bf4439d36b189fbd657d2c6b2111a4a9aad285079"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d2a189685ec3affcde14a18bca18dee3cf39346bd025bea0ff186d183e6f29c1"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "637be2e004a808eeb0dd40fae1602bb45da9a7e71cfaa85617198aba617ffaef"
"""sha256 of the package's other files, to notice hand edits."""
