"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c32a629961c58baa15fe0bb11d15db619cd74dc78d2579271b84aeb7b0b3106e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "149d2fec9e006267ee64954ba423ac4abd11ea010980e7479e8fe74f1ce63dc3"
"""sha256 of the package's other files, to notice hand edits."""
