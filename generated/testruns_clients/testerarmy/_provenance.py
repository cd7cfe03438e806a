"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fc631fb3c1382f377c7b668548a9d59de2a1a53b166a426751c4f671d81043b6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "47375b35dc0407cd5af6739c0000c521ef293c98f325f84cfe4358fdcc0481e9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "67641f04794d351ae9fac4e6d9d155808b1487dc08517e13f5ab6d7a61b74af5"
"""sha256 of the package's other files, to notice hand edits."""
