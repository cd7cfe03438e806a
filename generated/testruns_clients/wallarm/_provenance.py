"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "wallarm"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+68cba2de423c"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "68cba2de423c19e70376b8d722dd352c8511eab6d269a1e0c5b6ba1ce4f27ff0"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9ae7c181e5055cf055807a4478a1cf9f9a4ab04bf751507a6d5723d9a78183b0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "4e7312eb8cefa034e150c03fc8ec135fcd2c3cccd47a197858bfae9a16fe2535"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c7c8da2725cb6a1610d1efc619f92b17fc777d9a4f9b5e6a6244c802d51d6a85"
"""sha256 of the package's other files, to notice hand edits."""
