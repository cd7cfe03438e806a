"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "0f1a1039d8e6b9badbf4705c778e87b23ccec81ccc0e720e39ccd9f9d7d037ae"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "82268a1125c10014f6ae0e268a94df826760fa5c62477e5e880df1dc71476558"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "db7ba55600419c1f36122b77a3d7d075a688b34bbb27fb755c0938e33e8db3f9"
"""sha256 of the package's other files, to notice hand edits."""
