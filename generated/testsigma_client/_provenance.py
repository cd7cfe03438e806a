"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3edfe2c4b7ec7e01aa04cd91717d1bc5fe947f1c140c713604493a71efb499d7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "178d7efbac308b7bf4a40c38956b883acc8985c91b754af266ad096b4bd3a006"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bf2863d8cf5f8e0e5e43f3cba0e99886dbead7e7d5e4f3f5e3d5ec23c4794740"
"""sha256 of the package's other files, to notice hand edits."""
