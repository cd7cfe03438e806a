"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2301600b7a3d6bc2ef310a0397d924a95a7b86c36cf5e1d3f289fa1d9bb0a1b9"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7e1dadb144f79e1f8fc19cc2ba422a19a26a8ed558ea92a71651acf51771b2a6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a4adb662ed396f1eb08bc9777131a4006bb447398f234de0b6c865fe915ce533"
"""sha256 of the package's other files, to notice hand edits."""
