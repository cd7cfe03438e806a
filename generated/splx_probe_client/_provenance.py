"""Where this package came from. Written by the testruns generator; do not edit."""

VENDOR = "splx"
SPEC_SHA256 = "adb38c7ade4b66f21a79c6cf56d4b79e324bf3a3081765e789002da4e7883f42"
"""sha256 of the effective spec (overlay applied), as in openapi.json."""
GENERATOR_SHA256 = "216f10560765c66de7ba286255c6d5136f6c75c79dd83f11aecabc043361cccc"
GENERATOR_VERSIONS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
}
INPUT_SHA256 = "1642a5816dadd7cdcca3f83e77ccd74bacad87f4b6917ee259d3522a485206a8"
"""Fingerprint of every input; equal fingerprints give equal packages."""
TREE_SHA256 = "f0bee236d9481c013ff0aff3b0093c6ac9c5ecaaa11fcfe93aa3adf86c2ba44e"
"""sha256 of the package's other files, to notice hand edits."""
