"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5a529476f7f660389bf1cc36fd6ef6c6ee97c649103483a2e67392f25e20c394"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2dd2b991eb3f0c6442dc24eb8a34a853f0c540bb251319af03dd8bba84b38013"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c83450c911029ec56a953aa417da78680f643fdf217b691beab39842ca3d98da"
"""sha256 of the package's other files, to notice hand edits."""
