"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "913f33611c89b6fa9aca89e0051b402a20a0b577dc7a440565c52868fee1132d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "198e267e0554f5fb4b1e49c8578185e519511bd6966121f406cd9840f1941ce2"
"""sha256 of the package's other files, to notice hand edits."""
