"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "59253905c8bf85ce44f294935cf5d13ffaa59708fc025a7b35d6e842f8c8dd14"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "89c416333bcc6aeddf60e7e94eeb6900f39e95c4a71fbc343fce295e18b18a4d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "fcb9383aafc5631be2ae575cf6d822b472781c8950200bf6c284aa3abe0e12a2"
"""sha256 of the package's other files, to notice hand edits."""
