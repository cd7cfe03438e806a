"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ed6ae5dcb6de94549e417eb161e35d27ad6a2b06ace5bf411d83bfb0e44de553"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "188fc497557bf8b4f60e662f834d7c5d48616d7e6e06efe73228861bb7729a00"
"""sha256 of the package's other files, to notice hand edits."""
