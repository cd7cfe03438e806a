"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_VERSION = "v1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "v1.0+19d8757a7249"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2a84ddccdc34ed1388d6aeb7f7790eb8257861ea988da579430fd7887a70da6c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e31f81d4ba0907d7a41ed8af19dc914c37be9e71994cb9c1764667562fc14abb"
"""sha256 of the package's other files, to notice hand edits."""
