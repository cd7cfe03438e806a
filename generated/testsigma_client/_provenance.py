"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2f8688043b6a87c77610bb3d817e05141c25bb2fce5265c62962084e7f72ec5e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7fcd81371119933b95ee76d1ffa8d23b5b9d54c868b8f0ae1f4c9398030f92e3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "76475e246ee5845e13013898442c303ad40cbf7c2708abcae0f33408bff12813"
"""sha256 of the package's other files, to notice hand edits."""
