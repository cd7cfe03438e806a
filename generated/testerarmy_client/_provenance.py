"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c549dec8f67b34f9b28946eddd84a5670dc367ff31c3b599c3c89eca72ad5be6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "43105811db63cb46c463a3e02aa56eeba050bceb532d89db29118a0d2f84b6d4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fc5028c37c1eb66aaee0235542c980cba669dd0d521c7a42a3de5a81b60305e4"
"""sha256 of the package's other files, to notice hand edits."""
