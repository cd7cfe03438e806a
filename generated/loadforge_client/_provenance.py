"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "79c3e9dcc2168486b20f63611e5de9f9a73e46c6d13fd551924af64d42c43a26"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2a65d23d337b3225e3f56114137c44397c12bf909be80a578070062c7553fc27"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5f48b517ee5628a646ae0e98fa20d0d71e0a8f080427dae850aa1403d4fed368"
"""sha256 of the package's other files, to notice hand edits."""
