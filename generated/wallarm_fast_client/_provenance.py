"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_SHA256 = "9193303b1b9a561bd73912ab37a27ddcf7e0b16c2dad98908846b57ce1f6b574"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c0e66d131d4f38147e6da9a2772042da78af08806da04581460beb70d65899cb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5a3c0f754e9268bf49287d3a966fa2594d36750d32810499eb7b69fffb5435c8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "d35458218c387e41c2f6a6689554ef4c8e048512343176d9c5af0a350107f639"
"""sha256 of the package's other files, to notice hand edits."""
