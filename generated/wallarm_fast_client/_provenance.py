"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6e5cdc6aa5c2ff8cca8bf5d069d3211eb2575242d982d0aa38a29db8fc07f1f"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9c47a84196b231061de4eb00ec4aa4c472c532b5cf216f2940d0db1151a59ada"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "beda4debbf3b4825fe18067ebd579830fe44212488061666d2c3959784eb32b4"
"""sha256 of the package's other files, to notice hand edits."""
