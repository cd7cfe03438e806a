"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "92354b5248a1a954ff6760ce98dd9493b867e6ae9f6456f2d2ce2eaf9cf182f9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2b9aeb6f89e2d5999eb87e1168b6fa9466940671d213145ef6250d7f264a8cb"
"""sha256 of the package's other files, to notice hand edits."""
