"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9cdb30742eb41d1d79f93740f8a7d408bb3d2f7b9548669d5fc096281c536a8d"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "dc027dab57cbe735b99e115f40cfcea58b355d2a08622f181c680d0abec429b7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "134a0e8edb8a2153f704d757f7a06ab086b14b3251d67fff806d190102715b48"
"""sha256 of the package's other files, to notice hand edits."""
