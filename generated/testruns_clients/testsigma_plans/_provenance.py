"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "9ae7c181e5055cf055807a4478a1cf9f9a4ab04bf751507a6d5723d9a78183b0"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.97.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "66004eca32d998de1e560a93e50ad34ac20fb5e3bc33f2166891b14356d99e5d"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "8b552a017d6265c0394fc5d3b480c37679af154577172004e8569375a85a4cfb"
"""sha256 of the package's other files, to notice hand edits."""
