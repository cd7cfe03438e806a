"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2b9ff2644efd6ff6e42e399c5c962bea312c2d57bddb5d9030e07e38a5c0f6a5"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5f3cf6bb6932317d1f94f28f9bbb84e4efd88d9dce4febfa6865b877f90ebdb6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b6fdd8d8be9b120bee7d02abe056e16816cbe96ba7f70301e1dd02568051292"
"""sha256 of the package's other files, to notice hand edits."""
