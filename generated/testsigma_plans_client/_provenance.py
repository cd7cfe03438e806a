"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "da0494344fe43113153ae52620bfea05ff6f5a68c6aa591f162118571d10fa54"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ae5d47a7884eb57151726e5defc7fd8e14a27601857506ad6406a99fa36bfdf3"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b6fdd8d8be9b120bee7d02abe056e16816cbe96ba7f70301e1dd02568051292"
"""sha256 of the package's other files, to notice hand edits."""
