"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "54aab5ff777734d939d4781961752ae6b0b06dc5f53f0837f7c9f0237d816f9a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "19b614e80bbd7d1c6bffae41d799b92b6ded1973309971dc853fac68c521cfd9"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "13b04e1b827a10447e90bcd379490bdcd2b249d2300be9cbe713f3af84dfa1e4"
"""sha256 of the package's other files, to notice hand edits."""
