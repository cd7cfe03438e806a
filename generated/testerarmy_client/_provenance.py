"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3edfe2c4b7ec7e01aa04cd91717d1bc5fe947f1c140c713604493a71efb499d7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3fcbd1175cf942c83550ac38c464665132862ce44034bc7b347ae9cd0827c5d3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "637be2e004a808eeb0dd40fae1602bb45da9a7e71cfaa85617198aba617ffaef"
"""sha256 of the package's other files, to notice hand edits."""
