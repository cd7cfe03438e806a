"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b9687ffd46448b32103b03a2201162e640901e0561f47ede048af5183f48c436"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "04aab7bdf77c87918b15a7162f70839184329317d26f177ec89312c09cd217c3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b64bd7a7126204fe785e9edfb9fe23ee64e94a6f779fb4e25dd75dce4f40e5e1"
"""sha256 of the package's other files, to notice hand edits."""
