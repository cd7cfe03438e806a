"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2f8688043b6a87c77610bb3d817e05141c25bb2fce5265c62962084e7f72ec5e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "95b9651f57696d0d2f1ad54e4127e5b27a780ba1bb74930b42ec5566ee514f3a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b19a83e5f7449305880809eb1e7c273f48e965f28f2b20dac140ce9484b01df2"
"""sha256 of the package's other files, to notice hand edits."""
