"""``generate --changelog``: a CHANGELOG.md section per regenerated vendor, from what its spec change means.

Sections go under ``## Unreleased`` (made if missing), newest first, errors
first in each, each with the version bump its changes call for (for the
generated package, and for testruns, which ships it), so a release's notes
are the maintainer's to edit, not to write.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from testruns.vendors import Manifest

from .breaking.manifest import vendor_findings
from .breaking.model import Finding
from .breaking.report import bump, escape_markdown, next_version, summary
from .changes import generated_spec

__all__ = ["CHANGELOG", "add_sections", "project_version", "section"]

CHANGELOG = "CHANGELOG.md"
UNRELEASED = "## Unreleased"
_ORDER = {"error": 0, "warning": 1, "info": 2}


def _version(spec: Mapping[str, Any] | None) -> str:
    info = spec.get("info") if spec else None
    return str(info.get("version", "?")) if isinstance(info, Mapping) else "?"


def project_version(text: str) -> str | None:
    """``project.version`` of a pyproject.toml's text, or None."""
    try:
        version = tomllib.loads(text).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return version if isinstance(version, str) else None


def section(
    name: str, package: str, before: Mapping[str, Any] | None, after: Mapping[str, Any], findings: Sequence[Finding]
) -> str:
    """One vendor's section: versions, the count and the bump, then each finding, errors first."""
    today = datetime.date.today().isoformat()
    head = f"### {escape_markdown(name)} API {escape_markdown(_version(before))} → {escape_markdown(_version(after))}"
    lines = [f"{head} ({today}): {summary(findings)}", ""]
    step = bump(findings)
    if step:
        lines += [f"Proposed bump for `{package}`: **{step}**.", ""]
    for f in sorted(findings, key=lambda f: _ORDER[f.level]):
        where = escape_markdown(", ".join(p for p in (f.operation, f.location) if p))
        lines.append(f"- **{f.level}** {f.rule} ({where}): {escape_markdown(f.message)}")
    return "\n".join(lines) + "\n"


def add_sections(manifest: Manifest, vendor_ids: Sequence[str], before: Mapping[str, Any], output: Path) -> list[str]:
    """Add a section for each vendor whose spec changed, and testruns' proposed version; the vendors written."""
    sections, written, steps = [], [], []
    for vendor_id in vendor_ids:
        vendor = manifest.vendor(vendor_id)
        after = generated_spec(vendor, output)
        if after is None or before.get(vendor_id) == after:
            continue
        old = before.get(vendor_id)
        findings = vendor_findings(vendor, old, vendor, after) if old is not None else []
        sections.append(section(vendor.name, vendor.package, old, after, findings))
        written.append(vendor_id)
        steps.append(bump(findings))
    if not sections:
        return []
    root = manifest.specs_dir.parent
    step = next((s for s in ("major", "minor", "patch") if s in steps), None)
    pyproject = root / "pyproject.toml"
    current = project_version(pyproject.read_text(encoding="utf-8")) if pyproject.is_file() else None
    if step is not None and current is not None:
        sections.insert(0, f"Proposed version: testruns {current} → {next_version(current, step)} ({step}).\n")
    path = root / CHANGELOG
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
