"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "459374e517d9760d901e5a09573dbe475b1a589ad80e92ff969170c3ca687057"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b840b66f6cf3e1b891f6167db6cac16808b94f691d692319b927911626cedae2"
"""sha256 of the package's other files, to notice hand edits."""
