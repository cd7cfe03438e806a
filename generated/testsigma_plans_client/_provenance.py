"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "be5cce1a2a04beefe0959506d86c20818c5d2f889617ce4260d3a3820e78f539"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "00b3657b78ffd72ff7629305af168695b2782fc04f8a2689ef10c2b598c1cd7b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b01b63e5fb28fdd92b033ff90795fb30808ec088f454bcad71b2b2cd04592013"
"""sha256 of the package's other files, to notice hand edits."""
