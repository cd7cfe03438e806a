"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "5c0f4c642d0303364ca1a1380ea28ef8ef51550ceb1ae6b1d369e286c9f250f7"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5768c9bf9080972de4b7c1f266cdbfbf7fba20ed6418543229d68906f1096320"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "54ef31de580c8e0297847312fe6922f6b606ee95b7b7927f3af6826f6c63d666"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1b0bb255019f34bf3c054a9feaa1c4954aba2bf015cc1da60c53b066906ba825"
"""sha256 of the package's other files, to notice hand edits."""
