"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "86d60cdd6caa3b08e874cce7e16b27689ad5513241dd2cf369892e53ece9b4fd"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a4b6e86dcf45acb8c1b84ede098a2f49ffa9a2d58da2039b4dc76a93bf8e26f9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b64bd7a7126204fe785e9edfb9fe23ee64e94a6f779fb4e25dd75dce4f40e5e1"
"""sha256 of the package's other files, to notice hand edits."""
