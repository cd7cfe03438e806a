"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "be5cce1a2a04beefe0959506d86c20818c5d2f889617ce4260d3a3820e78f539"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "48d76528063c390102bf664d79c91e15f537189a421327081da7e2e3919c709a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "45716770e86e8bba8e97a39c7b645a37e6064106f377cc0c41789d0a1c7d3791"
"""sha256 of the package's other files, to notice hand edits."""
