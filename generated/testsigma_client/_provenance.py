"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2ca04e1c8eb9768645b0c4d49b9fc5c67a8d9436cd7c884bb2d70896273e2ba"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "c89e30b21358db91060073eec400566ab6f2c9c896b4ec434f38963f41130fac"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "6e94491e5fc293aeab051baa08e3039ec52cc41f1b3c25ec9bdf00bc83817a75"
"""sha256 of the package's other files, to notice hand edits."""
