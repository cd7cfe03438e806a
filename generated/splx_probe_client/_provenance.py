"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a0007f253812c846d77a1748ff08f17a71d2bc1cc36dce529f086f97cabf6404"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "3d68698af8ec2c211cef632937abe18f8e518a65eaf5452f43e178bc0ba829a9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "74fef905ab614f0f7759c99468ac5e47d509e46521462b6a8f17be3fb1f13cfa"
"""sha256 of the package's other files, to notice hand edits."""
