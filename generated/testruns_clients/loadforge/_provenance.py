"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c1450c466e432ee0cba311316c81aaa496839c62e3cbfd9dc3d1535bf70106db"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "933a4a1829ea36753b244f71e7a441b3159993476565fdedb3b4efdc6fb57da7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6c994f559825a1a93532428ab63cdcff0fd9ce7a6aba8285f77e2169cd4bf35c"
"""sha256 of the package's other files, to notice hand edits."""
