"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "102d7aab17ffd5329629ab89080460e837fbe4b8689a36ad025a5dabc1e5a52b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f37600f8edb325a743efc0229cd51a365fb19a1aee4c88b3620ede4654b24ea6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "eb7f49acac9e1112210c0a0dd860a8ff4edde576d12360978b0338f943829216"
"""sha256 of the package's other files, to notice hand edits."""
