"""``generate --changelog``: a CHANGELOG.md section per regenerated vendor, from what its spec change means.

Sections go under ``## Unreleased`` (made if missing), newest first, breaking
changes first in each, so a release's notes are the maintainer's to edit, not
to write.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from testruns.manifest import Manifest

from .changes import generated_spec
from .markdown import code_span, escaped
from .spec_diff import KINDS, spec_changes, summary

__all__ = ["CHANGELOG", "add_sections", "section"]

CHANGELOG = "CHANGELOG.md"
UNRELEASED = "## Unreleased"


def _version(spec: Mapping[str, Any] | None) -> str:
    info = spec.get("info") if spec else None
    return str(info.get("version", "?")) if isinstance(info, Mapping) else "?"


def section(name: str, before: Mapping[str, Any] | None, after: Mapping[str, Any], changes: Sequence[Any]) -> str:
    """One vendor's section: versions, the count, then each change, breaking first."""
    today = datetime.date.today().isoformat()
    versions = f"{escaped(_version(before))} → {escaped(_version(after))}"
    head = f"### {escaped(name)} API {versions} ({today}): {summary(list(changes))}"
    lines = [head, ""]
    for kind in KINDS:
        lines += [f"- **{kind}** {code_span(c.where)}: {escaped(c.what)}" for c in changes if c.kind == kind]
    return "\n".join(lines) + "\n"


def add_sections(manifest: Manifest, vendor_ids: Sequence[str], before: Mapping[str, Any], output: Path) -> list[str]:
    """Add a section for each vendor whose spec changed; the vendors written."""
    sections, written = [], []
    for vendor_id in vendor_ids:
        vendor = manifest.vendor(vendor_id)
        after = generated_spec(vendor, output)
        if after is None or before.get(vendor_id) == after:
            continue
        old = before.get(vendor_id)
        changes = spec_changes(vendor, old, vendor, after) if old is not None else []
        sections.append(section(vendor.name, old, after, changes))
        written.append(vendor_id)
    if not sections:
        return []
    path = manifest.specs_dir.parent / CHANGELOG
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Changelog\n"
    block = "\n".join(sections)
    if UNRELEASED in text:
        at = text.index(UNRELEASED) + len(UNRELEASED)
        text = f"{text[:at]}\n\n{block}{text[at:].lstrip(chr(10)) and chr(10) + text[at:].lstrip(chr(10))}"
    else:
        first = text.find("\n## ")
        at = len(text) if first < 0 else first + 1
        text = f"{text[:at].rstrip()}\n\n{UNRELEASED}\n\n{block}\n{text[at:]}"
    path.write_text(text, encoding="utf-8")
    return written
