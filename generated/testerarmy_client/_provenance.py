"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c381a412db27b9c471d279731cdd60c2efcd78739a7ddcad021d4afe07a9e5ea"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "637be2e004a808eeb0dd40fae1602bb45da9a7e71cfaa85617198aba617ffaef"
"""sha256 of the package's other files, to notice hand edits."""
