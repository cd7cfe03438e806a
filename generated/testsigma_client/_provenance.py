"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "bd0ddf3b88844130b994d51239a9fe3ea77c2995747194674954e750c05c8ec7"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "60f2c572a27ceabf00e82fa3187ae2f59854ebcbc212794380ea90289b01ec08"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1b0bb255019f34bf3c054a9feaa1c4954aba2bf015cc1da60c53b066906ba825"
"""sha256 of the package's other files, to notice hand edits."""
