"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5092f02c5722c00a4df9dd91f77501ace4369d0283d563ef781c6528048fab85"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "937e1b91a360f99a060ac507f2a8ff3e6bf36d77bc241441295032f01f5503ef"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bab3f18027f647aedbed15e85e7444e4c10da4c9ac0484d4fc7c375318ee7fd1"
"""sha256 of the package's other files, to notice hand edits."""
