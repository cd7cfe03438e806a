"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "e6e728ff25e9fe2d4c03ee94a346ed0aa99492694c0c0dda52747b1e4ed891b3"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "5768c9bf9080972de4b7c1f266cdbfbf7fba20ed6418543229d68906f1096320"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "47570465ba37c0ddc37d55fe76e02d67565cf9743a3066ab20332346ff04488e"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "532afe934ee98cfd93d34edf8f4c4a1632b91523751792fb3b05edb20c520220"
"""sha256 of the package's other files, to notice hand edits."""
