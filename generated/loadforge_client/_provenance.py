"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2f8688043b6a87c77610bb3d817e05141c25bb2fce5265c62962084e7f72ec5e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3c7d5e80186b04ec5c09db81997ca8cdd8e25871741c6353a414e259c422c87f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a48cb44926593c084cb32194c2ea58b2077a1949c2e8ddc9b44e3f62ccce5ee4"
"""sha256 of the package's other files, to notice hand edits."""
