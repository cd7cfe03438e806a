"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "c0e66d131d4f38147e6da9a2772042da78af08806da04581460beb70d65899cb"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "5348dccb16a6daadd37270837ac10c52424ef49398a6d8116b486fb6c2a23a30"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1b0bb255019f34bf3c054a9feaa1c4954aba2bf015cc1da60c53b066906ba825"
"""sha256 of the package's other files, to notice hand edits."""
