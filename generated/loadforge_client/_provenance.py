"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "606439ee3625ee3fa51a43751d6410e278626cd017da23ec6b3a42106c106302"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6153c84439139464614b83f910e4998fbb2533b89cd26214aef33091c61b13c6"
"""sha256 of the package's other files, to notice hand edits."""
