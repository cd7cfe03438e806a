"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a529476f7f660389bf1cc36fd6ef6c6ee97c649103483a2e67392f25e20c394"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a2f7ed35cd48f8d5afe6be41c99a88bf2ed8d8a52181683656b354941b2a3054"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "75fa6c0705b0449ceb1af19be457868c2ee27828ba2960cb81863affc8e49417"
"""sha256 of the package's other files, to notice hand edits."""
