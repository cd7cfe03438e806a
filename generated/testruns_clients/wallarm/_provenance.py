"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+603822041761"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "603822041761f12aff783aeaf2ce046717d2ceaca97668ec0a96bfeb17a8533e"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "8b1521989ea9321d5a228646cdf7601663ad68d0fa21e2e2a2662dc3a83fc7b6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "a6f269449bcfd837fa15df0923fbba2faab09dacac1dd9edf7b58f9082c17029"
"""sha256 of the package's other files, to notice hand edits."""
