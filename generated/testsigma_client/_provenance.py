"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fafd4bfb8d5129819fea64d6bc91fa0543dd35836c010a0798d36a70196d7cb3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "685eea0f04216ffd5654df81a141562a90ac882ea0e543df1b78f729152aef39"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b64bd7a7126204fe785e9edfb9fe23ee64e94a6f779fb4e25dd75dce4f40e5e1"
"""sha256 of the package's other files, to notice hand edits."""
