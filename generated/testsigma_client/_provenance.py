"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "8cecaa1c4df0f8a6a92aa03f4773fe9b5a91acc2f627a70a293ec0a4a536e42f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b55436c87acaabd31eb1d4600ebbb4de4c867ebabd30513c84c3d8d5d1c93bbc"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b64bd7a7126204fe785e9edfb9fe23ee64e94a6f779fb4e25dd75dce4f40e5e1"
"""sha256 of the package's other files, to notice hand edits."""
