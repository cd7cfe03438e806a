"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "b285fe12feddbcdc9d456a3972a2427c795f641af2878bb65898aeeb980f03fe"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "6d0490954f60e41272f5355619d7bfffcf1a135e187d668bd00a21f4c2e3f613"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "df76b6d4d5ec687408470e0f428e087d38e1eed0afeb339901374040da9287be"
"""sha256 of the package's other files, to notice hand edits."""
