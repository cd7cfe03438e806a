"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "4e3634382f678ac11cdf731c2eeb220e90dad28ca708039ab6f45d46e23db82d"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6d40bc542f20f2aae4993a0ca62ffdf394b915a2af7e979e964ecb28b768c0bf"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "31c5594f8cb2e3b0d615ce75fa4df232984a3cfa060709b323b4971fbb6a501e"
"""sha256 of the package's other files, to notice hand edits."""
