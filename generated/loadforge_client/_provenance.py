"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9cdb30742eb41d1d79f93740f8a7d408bb3d2f7b9548669d5fc096281c536a8d"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "f3ed5d93d5a60952caf6ce5be436ece54f51f9f529dddbe0f36f8e48bbcd978a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fbd1e19ff85a49b78a836a904c02a21c129e4ecaa3e1e3adb66991a3b3beb89b"
"""sha256 of the package's other files, to notice hand edits."""
