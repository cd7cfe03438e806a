"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "888b65246fea9f5bf77394e0be3665520c23de61c0d0a4cc4430724ea47cfdd3"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ca8e1a89a803fe6f135a7c7f6789efe9e6b4ed3c69c0fcdda965ff9e181651a0"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "1e401459aea58c9bf7282ab6455889f19c2680938c82d9378c871ebbb0b8ccb5"
"""sha256 of the package's other files, to notice hand edits."""
