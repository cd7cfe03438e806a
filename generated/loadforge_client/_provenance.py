"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c0e66d131d4f38147e6da9a2772042da78af08806da04581460beb70d65899cb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "cb6b7e0f59a4fd4644c6488dd587e78f9b64461c7bdb53457bd97013ef26b2cf"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "20fdbebd6d2662ff887ca8de2d42d72c8773455d566c5af078f6b94030ea01e6"
"""sha256 of the package's other files, to notice hand edits."""
