"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "52284589c58f95e68bcc6179cd2db9316a0e87427f27c357d7368658644524a0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "265fee9431389a3c0ce696a525341da89b4fab3a4858e3bf038406830d28f1f2"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "00a6a3adff9c45d3cdf96d2559dae26996b71839f9e063702508e32c591f2ffc"
"""sha256 of the package's other files, to notice hand edits."""
