"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "f9880c231b74213e0f0f2432cda0c4e97c7ef7da23331bd76bae8a51953bb782"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2bb374aff93d914400a411966c5a08a6936070f901f5b50838514b4246a8c65c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d2f28f35c397c84c0a94d606cab65061d73a45518548923dc2a49e8ab2fd43b7"
"""sha256 of the package's other files, to notice hand edits."""
