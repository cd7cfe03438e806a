"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "89f4191d806697bb8758dc2251dcca8f24ac75965f06276936b390f1c077367c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "b3d5d483e5489821d931928bf1743172a09fe49b8f46887968f6af797745eb5a"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "2dce24e040a5900cf9d4b82bc7229c247dd982f7a5113815fabd69d95eeac958"
"""sha256 of the package's other files, to notice hand edits."""
