"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ce334876e7cbe0b2e3739f2360c600a3aacc7212ebed5965dae75e5e19c048ff"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b87ae4d4c6ae9388ec5f403c0bce52690e412b5824d52d96cd0acc337ea68848"
"""sha256 of the package's other files, to notice hand edits."""
