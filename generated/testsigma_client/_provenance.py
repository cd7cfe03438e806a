"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c549dec8f67b34f9b28946eddd84a5670dc367ff31c3b599c3c89eca72ad5be6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ec29a0088c4bfac119947d473e095a24c4163e60f99aa82c0ab8dbeb0d61f8c0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "651377d06f4b183e4aa00591c4ad03de69121186ca8550efa57491ccda03a4af"
"""sha256 of the package's other files, to notice hand edits."""
