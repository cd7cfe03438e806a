"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testsigma"
SPEC_SHA256 = "09213dae4e85ac9a6cff80a2d7be56764a9c216dd49ed77bc7e5add5c6e0f0bc"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "d6d739a6b1f846860925280bf341e31397a513697c03a218f3a682867dd0ffee"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "644e03a3dc352956aa9942bb7f15619147d8ff9bdafc01cb28f98f876a685e96"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "c347b52b3db96a5764d46a7ccbc0ab5d797546ff184046d19ca2ad8a45c45996"
"""sha256 of the package's other files, to notice hand edits."""
