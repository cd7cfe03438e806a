"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "216f10560765c66de7ba286255c6d5136f6c75c79dd83f11aecabc043361cccc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "2b70fef2cafda6466028d3d069487bde37943b61e73ffc35fe7ba27e8c9c7b4e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "bd78a24f40657de19da4355508185c4469c5445daa68a9820c3e266c83090cab"
"""sha256 of the package's other files, to notice hand edits."""
