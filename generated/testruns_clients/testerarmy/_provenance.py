"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "19528e61b5baf27469023e4b65b95e7354ef4bc4807d320f581118fcb0b806a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "0f1183f273fcf90392237decd7c8bb34b142eb205607ffcabe66f1ce62b9f5e0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "957ae906fb3f89211c52da39b441cd4b30fd83df96dd62100b5fb5541e9e4b4f"
"""sha256 of the package's other files, to notice hand edits."""
