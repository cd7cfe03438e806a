"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "f0060afda06d53f62013daa119f0315b56450dc9b6c415fec3bdf374c0f19be8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "59a5bfb3c8637d0516df629a080c10fe1715ade2780a021fa2779632bca8e08f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6153c84439139464614b83f910e4998fbb2533b89cd26214aef33091c61b13c6"
"""sha256 of the package's other files, to notice hand edits."""
