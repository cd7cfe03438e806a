"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7997dc04ad47a33002217986529d0801c7a823fdaf6487ddf6a3f60444308ab5"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "77b8bd64d4c21acc143a6aca06a39cf53dc4307f3d9dc2c7170a7da7b5d95651"
"""sha256 of the package's other files, to notice hand edits."""
