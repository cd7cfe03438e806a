"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2ca04e1c8eb9768645b0c4d49b9fc5c67a8d9436cd7c884bb2d70896273e2ba"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "fd71b1b1d3800ea5139775ef652a5cb59217182c69b8671b06198eca83512df3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "30b206383c3d6bc4d0c8c692a2e00a2448dc7883a5ad7a842e094bd74db7c01c"
"""sha256 of the package's other files, to notice hand edits."""
