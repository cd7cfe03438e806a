"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "testerarmy"
SPEC_SHA256 = "0c0abcdc7c5da6b1d02c1bd482e029313536d1d903eb559dc00309226c06651d"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "89f4191d806697bb8758dc2251dcca8f24ac75965f06276936b390f1c077367c"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "7538d1fd85884a21fa864b383e6cce2d2b72d36a29278a6cb3f83f70ed3fc608"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "9b41637f6394d329a95384d431542ec786acefbf205cfd0b40b4213ec3765061"
"""sha256 of the package's other files, to notice hand edits."""
