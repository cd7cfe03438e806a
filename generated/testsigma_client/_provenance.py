"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "17bbf87241a54ab46bbd236cbca3b8aa6c3e898b7272a8e0e116f1b9d4c27967"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "134a0e8edb8a2153f704d757f7a06ab086b14b3251d67fff806d190102715b48"
"""sha256 of the package's other files, to notice hand edits."""
