"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "51961e6311c0519ebdfb28e1f9a6bce4a3cef1ca8fdd247c338f6d9b983a410f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8a792d995af832c59d622b1237b900a64acd21f76dd3e65d432fd824351ebe06"
"""sha256 of the package's other files, to notice hand edits."""
