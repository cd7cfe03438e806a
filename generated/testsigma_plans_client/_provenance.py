"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "fa84d411dc9f1b16f0469520b89a43f1a6a7d8b79f7dce0ea834ad8cdd0c9638"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "525f21c7697263c25399f4b7b50b20911d15c3acc2de29fbf17bc8e39a80717e"
"""sha256 of the package's other files, to notice hand edits."""
