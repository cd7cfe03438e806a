"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_VERSION = "2.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "2.0.0+59253905c8bf"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "14033a581dc0f4df6bc9ac967f1c5413b95afd779bd572ae6ff9f12004f98d79"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "63e4453f4f80988b410431f58d99aa19a4433a343295578cb36dffa57047db91"
"""sha256 of the package's other files, to notice hand edits."""
