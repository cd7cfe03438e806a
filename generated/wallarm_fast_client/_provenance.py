"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a3ae202e8a9a631bdaa300db6ecdec1241cff45d66b62e035eb5b7d8766f274"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c5a530d89517dba18ae7bdc9db421b824a1a751f2c8d98f99c908aebaf6691b2"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a06daa42a1adb2cecf9c2710bc781084efd7cb91cf3425802987ac33759cd88a"
"""sha256 of the package's other files, to notice hand edits."""
