"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6512139d57729337bb34b12bf7f231fa97a012bcfa6ec69e65f2616cf261b4a6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9c73be5edbaa16ca8aa62d0cbb9c269ef12b850151b9cedaee0562fb799512bd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b87ae4d4c6ae9388ec5f403c0bce52690e412b5824d52d96cd0acc337ea68848"
"""sha256 of the package's other files, to notice hand edits."""
