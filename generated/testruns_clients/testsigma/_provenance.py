"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e3111dc6d5c4682bbe45f73347849a4d11937b008430d8e5db735e512f9819dc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a926ba66afb7519f329e892a88b9b50921ce275a46de6004c3f87bc65de89d84"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f2c0529cd4694fe0c87e9662959680101984fd122bbedd99b9b19a63968fb91a"
"""sha256 of the package's other files, to notice hand edits."""
