"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ce13543d0ed0d31446b9ab9bf4439d36b189fbd657d2c6b2111a4a9aad285079"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "854dcf83bb270b0855eacc13ca78946cd9a7c551abdfe068155a795435175f39"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d8f873c229934ced93e1c5bcb8dc31c2fc7891896b51340667501838e391b745"
"""sha256 of the package's other files, to notice hand edits."""
