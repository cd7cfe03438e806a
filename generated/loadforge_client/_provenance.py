"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9a516429e57de7727a24dd566347b09f1d8270af5bc7f5440656118c9e83b6af"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bdc1cf29fbd52bfd8c085cec9db35ffb2f8a69957afcd7718cc33e6b2e236bfa"
"""sha256 of the package's other files, to notice hand edits."""
