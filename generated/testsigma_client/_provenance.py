"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ce13543d0ed0d31446b9ab9bf4439d36b189fbd657d2c6b2111a4a9aad285079"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d6473f6660fa92b57343b9a416ec7982b14f3824f3bf5387b8df547872c69bfa"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bf2863d8cf5f8e0e5e43f3cba0e99886dbead7e7d5e4f3f5e3d5ec23c4794740"
"""sha256 of the package's other files, to notice hand edits."""
