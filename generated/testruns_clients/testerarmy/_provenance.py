"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f2d29c1e10c8db650227bd53118b3d6ef43f0d0f347900495a68743c9d8ae839"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "0d8ba11a72bfa7fff54706842f2ea3fbcb14a943a581459249ba851d8eac70e6"
"""sha256 of the package's other files, to notice hand edits."""
