"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "4374f2d11ddc0c8482a180803d7fcd7a3d8a896954f7dc2d13035e185e79aa02"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ba3cf58fd6d59d5d58f581b9350c2ecc97c5c856f690bd0b1d67a1e931675dbc"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "75fa6c0705b0449ceb1af19be457868c2ee27828ba2960cb81863affc8e49417"
"""sha256 of the package's other files, to notice hand edits."""
