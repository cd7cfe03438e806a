"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5768c9bf9080972de4b7c1f266cdbfbf7fba20ed6418543229d68906f1096320"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9d451844f73546e56337502c5c6a7705c3f3d8d3f1ecd02beea2d5b713bc5365"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9501e3223d332cbaefe9f40d464894d1e7b7fd7c4ace1924a6368c632c3b7413"
"""sha256 of the package's other files, to notice hand edits."""
