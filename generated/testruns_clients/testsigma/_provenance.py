"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6e60b4d1d26aaa34562071250af492724004a187b2d4eb7da54f466ae4d57962"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1de7a352d78ef76148961afe52b0183cf9e26543b135913408b2bd1ca67c4e55"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2c0529cd4694fe0c87e9662959680101984fd122bbedd99b9b19a63968fb91a"
"""sha256 of the package's other files, to notice hand edits."""
