"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d4e6d8be85cd9310b7e05a7b1aadeb6349f01366d25d400b786f4abd39c29029"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4232758decaaa32b97ac7316a0503a92a3c5713f85f07c09685af9e54b515655"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "75fa6c0705b0449ceb1af19be457868c2ee27828ba2960cb81863affc8e49417"
"""sha256 of the package's other files, to notice hand edits."""
