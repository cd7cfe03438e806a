"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+09213dae4e85"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "82705112440894c02821c0643d9dd7fce896ae933a90620214ccf4b61eeb07f6"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "31c5594f8cb2e3b0d615ce75fa4df232984a3cfa060709b323b4971fbb6a501e"
"""sha256 of the package's other files, to notice hand edits."""
