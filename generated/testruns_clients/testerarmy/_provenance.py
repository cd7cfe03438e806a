"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "89032519178c9d1da8f82337b9f65ac444ccaf0bc513ff914a7a2cfb44998d2a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "4a9ff0cdaae844e3d622bd5fa55a02ee72da856aaf6d185b3f56678f74ec492d"
"""sha256 of the package's other files, to notice hand edits."""
