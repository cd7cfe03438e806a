"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9ae7c181e5055cf055807a4478a1cf9f9a4ab04bf751507a6d5723d9a78183b0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9286c6aef9b09affd1d1166c737bab56cb219fcb57695c161a6bad08dad8bc39"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "25a92b39aad37fe7120147d15a2c530fee72511a514de7cd41317c304d454e06"
"""sha256 of the package's other files, to notice hand edits."""
