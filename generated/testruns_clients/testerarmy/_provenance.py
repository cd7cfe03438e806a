"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2289f92822eb214305b740a555b2dbdb0c5d23926adff160a0c80b07349b562b"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "d1684f804ceb2c8e5b115d5a1a66ea933b8d72dd72a9cf12eba5f5ca2266a7e3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "957ae906fb3f89211c52da39b441cd4b30fd83df96dd62100b5fb5541e9e4b4f"
"""sha256 of the package's other files, to notice hand edits."""
