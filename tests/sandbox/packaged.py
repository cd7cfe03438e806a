"""A sandbox for one vendor nobody here wrote: its package holds only its ``openapi.json``, as a user's would."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from testruns.sandbox import Sandbox
from testruns.vendors.manifest import Manifest


@contextmanager
def packaged(root: Path, spec: Mapping[str, Any], entry: Mapping[str, Any], **options: Any) -> Iterator[Sandbox]:
    """A sandbox playing only ``entry``'s vendor, whose package (``<top>.<name>``, made under ``root``) holds
    ``spec``; ``options`` go to ``Sandbox``. The package is importable only while the sandbox runs."""
    top, _, _ = str(entry["package"]).partition(".")
    package = root.joinpath(*str(entry["package"]).split("."))
    package.mkdir(parents=True)
    (root / top / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "openapi.json").write_text(json.dumps(spec))
    sys.path.insert(0, str(root))
    try:
        manifest = Manifest.model_validate({"vendors": [entry], "path": root / "vendors.yaml"})
        with Sandbox(manifest=manifest, **options) as sandbox:
            yield sandbox
    finally:
        sys.path.remove(str(root))
        sys.modules.pop(str(entry["package"]), None)
        sys.modules.pop(top, None)


def entry(vendor_id: str, name: str, package: str, *, header: str, server: str, **operations: Any) -> dict[str, Any]:
    """The manifest entry of a vendor ``packaged`` plays: its key in one header (from ``<ID>_KEY``), one server,
    and its ``operations`` (trigger, status ...)."""
    return {
        "id": vendor_id,
        "name": name,
        "spec": f"{vendor_id}/openapi.json",
        "package": package,
        "auth": {"scheme": "api_key_header", "header": header, "env": f"{vendor_id.upper()}_KEY"},
        "regions": {"default": server},
        "default_region": "default",
        "operations": operations,
    }
