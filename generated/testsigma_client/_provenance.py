"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ca69e98d639deed7e672245e14e3839b64c651ec6e213d31aa6ec7d67a9d438e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b5cf381596dfbb9767a7328a79b294252cd469ced921c0318a96c6ba6280714c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "76475e246ee5845e13013898442c303ad40cbf7c2708abcae0f33408bff12813"
"""sha256 of the package's other files, to notice hand edits."""
