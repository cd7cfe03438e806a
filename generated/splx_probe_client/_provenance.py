"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "19d8757a7249528100e90e151b2518c0140b54348f7d5575e880a95bd47477b7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "bac84035732963ee26359aa4bf3fdc73c3435e184db52f91788568cbe62684b4"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "92ebe9fdfff7d73608097c6eb6c7096ab87813247e757e939de131368eab92b4"
"""sha256 of the package's other files, to notice hand edits."""
