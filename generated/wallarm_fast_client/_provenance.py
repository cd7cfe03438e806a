"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "6b17415f8f94a1800a4e30730d803e16e04c2c32f04ac4452968e27c70839cac"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "32f95db96963ad47c5e8c899d7b8e55534b7cf73022f3abfdee0daaec68c2089"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "beda4debbf3b4825fe18067ebd579830fe44212488061666d2c3959784eb32b4"
"""sha256 of the package's other files, to notice hand edits."""
