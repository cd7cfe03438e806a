"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fb1f85ae0f2848abe9b4883aea91fcb7b6e4460a29ce109e6c2bebe48cb4ef43"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "33d594144f603653c9ec377f5981278fb6378ec21f291a06cad0c91fc69feae0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b6fdd8d8be9b120bee7d02abe056e16816cbe96ba7f70301e1dd02568051292"
"""sha256 of the package's other files, to notice hand edits."""
