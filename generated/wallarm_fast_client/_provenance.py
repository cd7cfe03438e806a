"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "2067dbe1ed91e18225ca62ed6b9a79825e861cdd13953dccb1996093a2d56126"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9984e73e6306b39a6d4be125a1b5a0dad40b2037e54e9ec446dbdffc0459bd21"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2dce24e040a5900cf9d4b82bc7229c247dd982f7a5113815fabd69d95eeac958"
"""sha256 of the package's other files, to notice hand edits."""
