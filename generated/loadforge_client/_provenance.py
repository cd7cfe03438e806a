"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "loadforge"
SPEC_SHA256 = "5b43b8ecb6025e25562de0e4143799d22d8acc40e782da8426d78677735c1b6c"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "9ce9949085ff9ed76e66668429d2d5b0792f567e60b6de38ae89aa211173049d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "20fdbebd6d2662ff887ca8de2d42d72c8773455d566c5af078f6b94030ea01e6"
"""sha256 of the package's other files, to notice hand edits."""
