"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c7162f83526c18aa2aa60d9bba9aee63f09cebb98f913b2a63d9b12661d3d2df"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "716922156a4c5c17f47d70d4ebade08f05336d3a474cc12f12f9db75cde87309"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "00e1e1b6956251978f4f1700f6b68bba19e138d5ad4fb73f055079f81e7761bf"
"""sha256 of the package's other files, to notice hand edits."""
