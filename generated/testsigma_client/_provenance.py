"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6aef7b27240cc88a3aba5f757a843eb83cb7a093bcd4769a07ab3ecb9731eee2"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "cf706981634c777bc6dee44ad0d400136858c2e300c1bdbfc20e6fdb08292657"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e1807c15f3407d80b1bd0cb201de5b1348155b2e77bd593aabb43018f4252321"
"""sha256 of the package's other files, to notice hand edits."""
