"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ffc7c1f2d076ff75ade2a63543aac19129fe22a6aafc7547636b95d090a624ee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "035ed4c1a353d0680c4bfd97a0142dc97b6d888f0fca98b1ac36b6ce15655c84"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b87ae4d4c6ae9388ec5f403c0bce52690e412b5824d52d96cd0acc337ea68848"
"""sha256 of the package's other files, to notice hand edits."""
