"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d829049bbcb839f45bab351f70b1bb19e2f27e5cc7c48aa1cc97181b900cd40f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5f48b517ee5628a646ae0e98fa20d0d71e0a8f080427dae850aa1403d4fed368"
"""sha256 of the package's other files, to notice hand edits."""
