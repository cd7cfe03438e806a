"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "54aab5ff777734d939d4781961752ae6b0b06dc5f53f0837f7c9f0237d816f9a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "96ff65d7e43c895d3eb7f364e503f9d7682f39dc1b8ae9909605116627c1b0bb"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5df19de35e29b886380afe6177cab64c8f0ad28b7af92ad3738aba7ad3c6fdce"
"""sha256 of the package's other files, to notice hand edits."""
