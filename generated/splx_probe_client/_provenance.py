"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "56befd885590afcb16101b13996060d6e64b673e4f1031540eb5aba2c300f145"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "49925440e9b0084fba7cb0c71d9431ce7a955b632adb77d6d54a9c156ede08b9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "626f17c63856e374a61156081dcd474a59a8449ef0d415c90a1a1bed22a575e4"
"""sha256 of the package's other files, to notice hand edits."""
