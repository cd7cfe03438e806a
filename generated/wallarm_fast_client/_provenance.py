"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3edfe2c4b7ec7e01aa04cd91717d1bc5fe947f1c140c713604493a71efb499d7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f3b282a8eb72d42c2274fb6553f83f84f063babd392e4d90fd082ace86313f15"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "beda4debbf3b4825fe18067ebd579830fe44212488061666d2c3959784eb32b4"
"""sha256 of the package's other files, to notice hand edits."""
