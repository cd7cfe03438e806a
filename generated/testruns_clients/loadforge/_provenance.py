"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9a0c0aff268719f4ef711ad47ed92d1627f978d1cbe9deabed40a2ff1317e284"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6c994f559825a1a93532428ab63cdcff0fd9ce7a6aba8285f77e2169cd4bf35c"
"""sha256 of the package's other files, to notice hand edits."""
