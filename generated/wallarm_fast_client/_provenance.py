"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "be5cce1a2a04beefe0959506d86c20818c5d2f889617ce4260d3a3820e78f539"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2243eab89dbe15743abf6e3421a62d77926a321eb3dedd11faf02b1447c862a3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "188fc497557bf8b4f60e662f834d7c5d48616d7e6e06efe73228861bb7729a00"
"""sha256 of the package's other files, to notice hand edits."""
