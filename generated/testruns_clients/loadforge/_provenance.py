"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "aa5e245013cdd265da42758d51fde63c63716ed7bd5c4b450c99dea337f5fc4a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c33b2316cb05a1d2ba608145d09c84016267f5f63abe0c08b53d1d269ecd9fba"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2f28f35c397c84c0a94d606cab65061d73a45518548923dc2a49e8ab2fd43b7"
"""sha256 of the package's other files, to notice hand edits."""
