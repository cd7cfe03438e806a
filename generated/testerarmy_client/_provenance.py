"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a3edd076b38067957b94181f9abe6da0994c316fcb8600e946a27c6848f07947"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7c15576f540090d71105b68bbc65765f48acece7b61c86e9f934a85fba598d3a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d838cf795384ec2ba180b1ba3fcdb45ca81b5fd1f1f5fc19190bd79402468794"
"""sha256 of the package's other files, to notice hand edits."""
