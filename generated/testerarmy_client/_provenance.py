"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "8d132f045498319d442622a4eacb12297a8d4059747c6803345f52e82a42c340"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "31185262f0c5f1c80f430140627e06c32e0956c949e6031f2dac1bd19a9732c2"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bdab83199e0570f6e27c6d58a4a088b3db9c6e6d11bf4b06eeb090cfb39d250c"
"""sha256 of the package's other files, to notice hand edits."""
