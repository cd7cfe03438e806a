"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "84f95b5a02d574bafe17d7214a43ca18720b31c251a87847c4ce2ed61c8a44f4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5199d373e8be7afd696b818e58ad7784c55636a7e64e1d8ae85ad549c53273c2"
"""sha256 of the package's other files, to notice hand edits."""
