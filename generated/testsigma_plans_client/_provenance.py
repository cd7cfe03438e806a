"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma_plans"
SPEC_VERSION = "1.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0+f9b5ca2652ab"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "f9b5ca2652ab06b247fa43d85fa7e9a6b3cac0072ad7458be81b5f2f52762ecc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "3be7bb0ddbb35e7f915400333cf75d78acf478010df01acb83cc37302fe8b6a8"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "344602e933ec43670047487c2a3ab40f3a4df11003bc785acc433372c37a1653"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "85112a6bbeb20d359e81e3eaaa4f411f18a259b546795b6b022a30d9cdebd4b5"
"""sha256 of the package's other files, to notice hand edits."""
