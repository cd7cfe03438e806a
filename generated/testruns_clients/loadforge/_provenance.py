"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9b47e8eb1ed3b6633b63819a1eae640a4d28735be1118bcafad0c12cdb7dd366"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "29c30f25e600618b4af107a30d4a8878bc7bf2308b94d527c7e2de5ca8d6ebc7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5199d373e8be7afd696b818e58ad7784c55636a7e64e1d8ae85ad549c53273c2"
"""sha256 of the package's other files, to notice hand edits."""
