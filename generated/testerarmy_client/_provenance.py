"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "cd0b6c7af9a9f4f3c5ce9b2cf3517fd0dd0e4255a568b0bfa74569d83474b826"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "532afe934ee98cfd93d34edf8f4c4a1632b91523751792fb3b05edb20c520220"
"""sha256 of the package's other files, to notice hand edits."""
