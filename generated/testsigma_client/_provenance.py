"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "35b922ec014b62490cbfcb96bb45f3448372d74092a7b882fbe7f6cecd0248e4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "161aa0480802fd0683ed2565553b3b05f07be123a64b00bc1e513cb4a5e9ffbb"
"""sha256 of the package's other files, to notice hand edits."""
