"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ddfb131ecad1a8e8a7543c42a4c3e05b28f2dc3576d37ef4bf1812b9ba112425"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b64bd7a7126204fe785e9edfb9fe23ee64e94a6f779fb4e25dd75dce4f40e5e1"
"""sha256 of the package's other files, to notice hand edits."""
