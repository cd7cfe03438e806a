"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "97cbe40d630dc7804ad6940f0c891310b59e0eaa49f81165d600153aeef12249"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "5697b63661e5555ee5666fa374226271d8a02aabb0b1a42d80fcc678e2878b50"
"""sha256 of the package's other files, to notice hand edits."""
