"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "f484c0b96ffb62691522fc9f8cee3b1cd91a353780a8c5f27f5eecc05e99afd6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f072ed9811ff1e8a91b9d8738295b6ff721e4c47e6fa877bcdaac6a409ab9360"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b19a83e5f7449305880809eb1e7c273f48e965f28f2b20dac140ce9484b01df2"
"""sha256 of the package's other files, to notice hand edits."""
