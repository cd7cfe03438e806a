"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e3111dc6d5c4682bbe45f73347849a4d11937b008430d8e5db735e512f9819dc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "297f0b4d671a3dd262622f07f06961f9bd92a3202874028e76a80d714aef8f4f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "25a92b39aad37fe7120147d15a2c530fee72511a514de7cd41317c304d454e06"
"""sha256 of the package's other files, to notice hand edits."""
