"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5e22cf2d70bd9762ad4ad29ff9dbbc5a3da8c4180d213914b2c785e43f622202"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1f1430b4cd6b749f7496aac1f0a65c7b3934e5a5727f1a7c920f200b92c38886"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6153c84439139464614b83f910e4998fbb2533b89cd26214aef33091c61b13c6"
"""sha256 of the package's other files, to notice hand edits."""
