"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2ca04e1c8eb9768645b0c4d49b9fc5c67a8d9436cd7c884bb2d70896273e2ba"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d195c45e692c00f825a551255f9468c6c02ac397694da48116d4ef4c8c09c779"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "53ca1efe1510f5e45095b2c62ea543e2a9ff0237fcf77ecc53ad53067e49dc29"
"""sha256 of the package's other files, to notice hand edits."""
