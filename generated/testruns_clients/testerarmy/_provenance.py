"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e1449118bb9270af0ec1d2f01f64e2dd538c428b11f740d3a52682a6336794c1"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "a5bf56a521f827f80f4f7206859ee75b34a6b1bb034b8ef66884004af1ed5d83"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "957ae906fb3f89211c52da39b441cd4b30fd83df96dd62100b5fb5541e9e4b4f"
"""sha256 of the package's other files, to notice hand edits."""
