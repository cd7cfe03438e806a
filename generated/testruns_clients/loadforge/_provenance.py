"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e3111dc6d5c4682bbe45f73347849a4d11937b008430d8e5db735e512f9819dc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "756dcab7ffcd30786bc167c6b374d7bdb413873548b7f3d98d3ff647b8518b08"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2f28f35c397c84c0a94d606cab65061d73a45518548923dc2a49e8ab2fd43b7"
"""sha256 of the package's other files, to notice hand edits."""
