"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "54aab5ff777734d939d4781961752ae6b0b06dc5f53f0837f7c9f0237d816f9a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b2c03277bd60e5dfc9b057e337ce27655b27da47c0aa919d7028cd7730c7c579"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f944d45d47c48ae0ca0e4b96875f7da7a4a8b7a2e8cda4dc98f850b2f3bfebf8"
"""sha256 of the package's other files, to notice hand edits."""
