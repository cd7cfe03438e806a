"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "397e5509eea4256c09e95c73ee97dfde8638cb4d78661d52fbacd0aa9922d06a"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ca6d64bfcb8ae7314097d7813a56dceffc626294787801cd75758cb67107c827"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db0ef0c79956fde14fdc924cdf05843be94f0024aa33db4ec4af92492819d7df"
"""sha256 of the package's other files, to notice hand edits."""
