"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "86d73d4594adc8ddf81f46d3443e73acf63150af7ea71df0ffa3b494f24b853b"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "45716770e86e8bba8e97a39c7b645a37e6064106f377cc0c41789d0a1c7d3791"
"""sha256 of the package's other files, to notice hand edits."""
