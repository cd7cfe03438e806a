"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "36122cdda313347c1f567d32eaf75112cfa664ab642fd85f0734c7e9ff254b30"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5e3442ed75ee619e1676c30991ac7ea140d92dfd24852b190db4392f4ac57767"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c83450c911029ec56a953aa417da78680f643fdf217b691beab39842ca3d98da"
"""sha256 of the package's other files, to notice hand edits."""
