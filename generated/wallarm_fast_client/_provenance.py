"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "a2ca04e1c8eb9768645b0c4d49b9fc5c67a8d9436cd7c884bb2d70896273e2ba"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "63700275aa01eb7abf029516414d495e97550807290d7b88c5a1a2872d0ad293"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "e3e8601a87a56c6942841a15bf7bd68d3accd3a52d063e25db871f3ca0916688"
"""sha256 of the package's other files, to notice hand edits."""
