"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ffc7c1f2d076ff75ade2a63543aac19129fe22a6aafc7547636b95d090a624ee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4512321757e16deffe95583eb7e38d17dbed09f74c2028eb6fc3f96993b99001"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "929f16ae26d7741d837b47af68d8103a055c78271e3f0abcb4463813edf6ad2a"
"""sha256 of the package's other files, to notice hand edits."""
