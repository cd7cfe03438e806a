"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2d28b1b4c46978940259e2c88da86c00ce95212fca3a65c5d3e32a272356ca6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b0893c07973b2dceed1c240b67edae7e383e2e90a3cbc1a0ca54aa81afa78d94"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8a792d995af832c59d622b1237b900a64acd21f76dd3e65d432fd824351ebe06"
"""sha256 of the package's other files, to notice hand edits."""
