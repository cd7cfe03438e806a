"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "524f1c9f83dbbee62befd16e058ee0306a0d2c66f0635d0cd0261579b77a6e2b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e38ed9904d1a82322e55a3e894e5f53b3305902f19c435003d04d43cf507eef3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2f28f35c397c84c0a94d606cab65061d73a45518548923dc2a49e8ab2fd43b7"
"""sha256 of the package's other files, to notice hand edits."""
