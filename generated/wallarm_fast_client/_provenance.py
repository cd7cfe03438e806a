"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0e710056c59e21a8156d0674b49660aed6224a390eb963baf4f930f6b7b995ef"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "231dd40c2acb4947c680da63e78d9efa30fa41b6f1df003c7b23a92ab5ee0fe3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "76b8359fee86b1fb51f13ed790a9724e1412706eed72518685f49eff27f6c80e"
"""sha256 of the package's other files, to notice hand edits."""
