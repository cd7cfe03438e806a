"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a0007f253812c846d77a1748ff08f17a71d2bc1cc36dce529f086f97cabf6404"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ae7071fd76c5e9d631ef70486ecf245862389322e9deda4fc32203a0b87dee27"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a48cb44926593c084cb32194c2ea58b2077a1949c2e8ddc9b44e3f62ccce5ee4"
"""sha256 of the package's other files, to notice hand edits."""
