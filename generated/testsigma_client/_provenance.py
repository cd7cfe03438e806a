"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a0007f253812c846d77a1748ff08f17a71d2bc1cc36dce529f086f97cabf6404"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c4611756a2cb10ef109b2809c09e07f7a3ce1eaa3084384a28e34a073ce616e7"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "dacc00cc8d6fffba9509e5901256d1719991287fdf5ff0713288e339a937780b"
"""sha256 of the package's other files, to notice hand edits."""
