"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "4e3634382f678ac11cdf731c2eeb220e90dad28ca708039ab6f45d46e23db82d"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "cc3f35f617b2fe6d67f8030ef50f584f1e60dbcee344007607ccfee3aab8c531"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "02e8cdba4e28f68e54e76d2490149ad083aa5a84eee20e7067f69167ef1b21e9"
"""sha256 of the package's other files, to notice hand edits."""
