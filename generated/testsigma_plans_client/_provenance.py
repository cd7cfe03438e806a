"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "e2fe6e3c23b11f8220291eeebc8185e4d70328157de8508da67d29aa77e64109"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "022d28ce011c45fab38a6dc75ff6da6bf325f4c03679eb86471328562644fa11"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b6fdd8d8be9b120bee7d02abe056e16816cbe96ba7f70301e1dd02568051292"
"""sha256 of the package's other files, to notice hand edits."""
