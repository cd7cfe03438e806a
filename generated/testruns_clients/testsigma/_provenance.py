"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "fc631fb3c1382f377c7b668548a9d59de2a1a53b166a426751c4f671d81043b6"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ea2b0dc4815117887dcdc44a5babc9a113dc91af6366b31656cfd105b0f62a62"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "eb7f49acac9e1112210c0a0dd860a8ff4edde576d12360978b0338f943829216"
"""sha256 of the package's other files, to notice hand edits."""
