"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ee3a068d554c9b50e842ef100eb4b77448320afe3796a19bf8a8d86d3099ad49"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "dce333798ec594f256606a4b8ee965901c9212ab3bf769e546ef8971f29351df"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2dce24e040a5900cf9d4b82bc7229c247dd982f7a5113815fabd69d95eeac958"
"""sha256 of the package's other files, to notice hand edits."""
