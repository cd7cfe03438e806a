"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "db7061fad1c76386e5fde98b7c73fde30642e39b66793a70b3fe152cd6a3cc65"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b391edd7b06e027a12db7d1502fd2f70755fd83500bff938fb192891ae46eedc"
"""sha256 of the package's other files, to notice hand edits."""
