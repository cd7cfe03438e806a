"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9148a94d56a0b47d7b6da7fada79ca9ea22ccee1da7b8b4347a3d8b742de6c8e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "99f21d405590939aefef5fb7a5cbdc2a53ceb64a666bddfd244e96f6165ff6b0"
"""sha256 of the package's other files, to notice hand edits."""
