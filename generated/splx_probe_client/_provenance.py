"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4a49779cd3f28256ec963c76516bc5ff8457b58fea31e503d4bd497a29ebf04c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "53be648414e4c288816ea244d57734b09a6ac9c2c9ec9bc419dacf9ed971f133"
"""sha256 of the package's other files, to notice hand edits."""
