"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "48ae2fe40a0f591d6daae1752249611294ee12a2cec5679a98928d965a3c2fcb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "40d0f2dacd9e0e8e7bd1bb2986f315563b4a3b84ae5262c9ecb2a17ba95fab5f"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c11985cb1bdaf7941a4e322b95ec1260e94fc3c61e6403ce895ed591eae2abf0"
"""sha256 of the package's other files, to notice hand edits."""
