"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_VERSION = "1.0.0"
"""The vendor's own version of its API (info.version)."""
VERSION = "1.0.0+531fdc7eeca7"
"""This package's version: the vendor's, plus the effective spec's hash."""
SPEC_SHA256 = "531fdc7eeca7543464e4c4890c12df23fa1baffff7a88acbc93846d3696c40aa"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "ca69e98d639deed7e672245e14e3839b64c651ec6e213d31aa6ec7d67a9d438e"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "ffe5398c38d53c93f35cf21ce7535ee3727844ecb97e12e6dabdbf5cf3be335c"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "b19a83e5f7449305880809eb1e7c273f48e965f28f2b20dac140ce9484b01df2"
"""sha256 of the package's other files, to notice hand edits."""
