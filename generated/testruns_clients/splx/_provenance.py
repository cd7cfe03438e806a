"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "04472bcfe74aa7c6606447a4922b1f7124c7451afe14c2a0eabc957c34b707bd"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "02e8cdba4e28f68e54e76d2490149ad083aa5a84eee20e7067f69167ef1b21e9"
"""sha256 of the package's other files, to notice hand edits."""
