"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2988cf22cb366a1be9c11433f7de1ea7e22baf1acbf034c4a7b8b10cb8e09e7e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "416f8207ac2484f82b2bdd77bbdd6da258c679536a7e73f5d456fc4bb4e6465c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "161aa0480802fd0683ed2565553b3b05f07be123a64b00bc1e513cb4a5e9ffbb"
"""sha256 of the package's other files, to notice hand edits."""
