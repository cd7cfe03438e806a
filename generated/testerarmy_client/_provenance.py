"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "088858a00ae03e9ac584d638f716c7afed8d2e4c6cd47506ece8224c9a594d30"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d838cf795384ec2ba180b1ba3fcdb45ca81b5fd1f1f5fc19190bd79402468794"
"""sha256 of the package's other files, to notice hand edits."""
