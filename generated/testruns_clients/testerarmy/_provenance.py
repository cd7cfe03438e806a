"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9ae7c181e5055cf055807a4478a1cf9f9a4ab04bf751507a6d5723d9a78183b0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "38954dd727d6835843001194154c9de9ef81df2256af684181b80e75bd854dc0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "33ba56abac86410a7cce70ebb60edc694f5337986a7e13d356ceeb621f39350d"
"""sha256 of the package's other files, to notice hand edits."""
