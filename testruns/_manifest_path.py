"""Where the manifest is: light, so commands that only list vendors need not load the manifest's validation."""

from __future__ import annotations

from pathlib import Path

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
# In a checkout the manifest is specs/vendors.yaml; a wheel carries a copy inside the package.
_CHECKOUT_MANIFEST = SPECS_DIR / "vendors.yaml"
DEFAULT_MANIFEST_PATH = (
    _CHECKOUT_MANIFEST if _CHECKOUT_MANIFEST.is_file() else Path(__file__).resolve().parent / "vendors.yaml"
)
