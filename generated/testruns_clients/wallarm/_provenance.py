"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+603822041761"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "603822041761f12aff783aeaf2ce046717d2ceaca97668ec0a96bfeb17a8533e"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "54aab5ff777734d939d4781961752ae6b0b06dc5f53f0837f7c9f0237d816f9a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "04b624d07b4cebb7631a8ef0a2e14ace154785468201e9404f6de3a630727498"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f5e0930a3e7158de98aecf2554b9c97e7407353048eba4d88dd881046b3932b8"
"""sha256 of the package's other files, to notice hand edits."""
