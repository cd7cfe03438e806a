"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2d28b1b4c46978940259e2c88da86c00ce95212fca3a65c5d3e32a272356ca6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9f7ac7368a068aeeb1dc0a0edb72529a0916ae41a2d6c6286c30082c5c359b9c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c83450c911029ec56a953aa417da78680f643fdf217b691beab39842ca3d98da"
"""sha256 of the package's other files, to notice hand edits."""
