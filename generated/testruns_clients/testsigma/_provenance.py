"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e335b4907414fd27b26ad1f3930595288a9a02c9fb76c26ebcf795b061b48c4f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "e80e7fc9d06d19e03724c62fc212b4a03e13d45614f72f3227e67748292a9b49"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c3b72a432c54270520dc636a606abd784aca586b3b228c07c2a02e4677292044"
"""sha256 of the package's other files, to notice hand edits."""
