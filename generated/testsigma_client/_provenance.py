"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b553aad3f9ccc002d3ba9c0fb9f882d0d92fc64ec0073a2dc648ef0c13f82228"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1ff62f62dcc23c5dda0172c8307662bc3b1757c4141ce1e6f00de31e65a8a8b5"
"""sha256 of the package's other files, to notice hand edits."""
