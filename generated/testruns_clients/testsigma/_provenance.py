"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "524f1c9f83dbbee62befd16e058ee0306a0d2c66f0635d0cd0261579b77a6e2b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4ce801c27ea9ed58a3039ffdb4e909d78c419b3a5171b1911a033550110a5def"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2c0529cd4694fe0c87e9662959680101984fd122bbedd99b9b19a63968fb91a"
"""sha256 of the package's other files, to notice hand edits."""
