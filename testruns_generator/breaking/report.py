"""What a reviewer reads: the findings of one or more reports as text, JSON or Markdown, the version bump
they call for, and the ignore file that accepts a known change.

Markdown and terminal text carry names taken from the documents (paths, operationIds, property names): they
are made inert here, in ``escape_markdown`` and ``plain_text``, and nowhere else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from testruns.text import printable

from ..markdown import escaped
from .model import Finding
from .rules import LEVELS, RULES, Level

__all__ = [
    "IgnoreFileError",
    "Report",
    "bump",
    "escape_markdown",
    "failing",
    "ignored",
    "next_version",
    "plain_text",
    "read_ignore_file",
    "render",
    "summary",
]

Bump = Literal["major", "minor", "patch"]
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Report:
    """One comparison's findings (a vendor, or a pair of files), and notes on what could not be judged."""

    name: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """For ``--format json``."""
        return {
            "name": self.name,
            "summary": summary(self.findings),
            "breaking": any(f.level == "error" for f in self.findings),
            "bump": bump(self.findings),
            "findings": [f.as_dict() for f in sorted(self.findings, key=_order)],
            "notes": self.notes,
        }


def _order(finding: Finding) -> tuple[int, str, str]:
    return _RANK[finding.level], finding.operation, finding.pointer


def summary(findings: Sequence[Finding]) -> str:
    """``1 error, 2 info`` (``no change`` when empty)."""
    counts = [(level, sum(1 for f in findings if f.level == level)) for level in LEVELS]
    shown = [f"{n} {level}{'s' if n > 1 and level != 'info' else ''}" for level, n in counts if n]
    return ", ".join(shown) or "no change"


def bump(findings: Iterable[Finding]) -> Bump | None:
    """The semantic version bump the findings call for: major for an error, minor for a warning or an
    addition, patch for anything else; None when nothing changed."""
    found = list(findings)
    if not found:
        return None
    if any(f.level == "error" for f in found):
        return "major"
    if any(f.level == "warning" or RULES[f.rule].adds for f in found):
        return "minor"
    return "patch"


def next_version(version: str, step: Bump) -> str:
    """``0.1.0`` + ``major`` → ``1.0.0``; a version that is not ``X.Y.Z`` is returned with the step named."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version.strip())
    if match is None:
        return f"{version} + {step}"
    major, minor, patch = (int(part) for part in match.groups())
    if step == "major":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if step == "minor" else f"{major}.{minor}.{patch + 1}"


def failing(findings: Iterable[Finding], fail_on: Level) -> list[Finding]:
    """The findings at ``fail_on``'s level or worse."""
    return [f for f in findings if _RANK[f.level] <= _RANK[fail_on]]


# -- the ignore file ---------------------------------------------------------------------------------------


class IgnoreFileError(Exception):
    """An ignore file that cannot be read: names the file and the line."""


Ignore = tuple[str, str]  # (rule id, where: a JSON Pointer, "METHOD /path", or "*")


def read_ignore_file(path: Path) -> list[Ignore]:
    """Lines of ``RULE-ID WHERE`` (``#`` starts a comment); an unknown rule id is an error, not a silent miss."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise IgnoreFileError(f"cannot read the ignore file {path}: {error}") from None
    entries: list[Ignore] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        rule_id, _, where = line.partition(" ")
        if rule_id not in RULES:
            raise IgnoreFileError(f"{path}:{number}: unknown rule id {rule_id!r}")
        if not where.strip():
            raise IgnoreFileError(f"{path}:{number}: {rule_id} needs a place (a JSON Pointer, 'METHOD /path' or '*')")
        entries.append((rule_id, where.strip()))
    return entries


def ignored(finding: Finding, entries: Sequence[Ignore]) -> bool:
    """Whether an entry accepts the finding: its rule, at its operation, its pointer or below, or anywhere."""
    for rule_id, where in entries:
        if rule_id != finding.rule:
            continue
        if where in ("*", finding.operation, finding.pointer) or finding.pointer.startswith(where.rstrip("/") + "/"):
            return True
    return False


# -- rendering ---------------------------------------------------------------------------------------------


def plain_text(text: str) -> str:
    """Text from a document made safe for a terminal: control characters (escapes, newlines) shown as codes."""
    return printable(text)


def escape_markdown(text: str) -> str:
    """Text from a document made inert in Markdown (and in a table cell): ``testruns_generator.markdown.escaped``."""
    return escaped(text)


def render(reports: Sequence[Report], form: Literal["text", "json", "markdown"], title: str) -> str:
    """The reports in one of the three formats."""
    if form == "json":
        return json.dumps({"compared": title, "reports": [r.as_dict() for r in reports]}, indent=2) + "\n"
    if form == "markdown":
        return _markdown(reports, title)
    return _text(reports)


def _where(finding: Finding) -> str:
    return ", ".join(part for part in (finding.operation, finding.location) if part)


def _text(reports: Sequence[Report]) -> str:
    lines: list[str] = []
    for report in reports:
        step = bump(report.findings)
        lines.append(f"{plain_text(report.name)}: {summary(report.findings)}" + (f" (bump: {step})" if step else ""))
        for f in sorted(report.findings, key=_order):
            lines.append(f"  {f.level:<8} {f.rule}  {plain_text(_where(f))}")
            lines.append(f"           {plain_text(f.message)}" + (f"  [{plain_text(f.pointer)}]" if f.pointer else ""))
        lines += [f"  note: {plain_text(note)}" for note in report.notes]
    return "\n".join(lines) + "\n"


def _markdown(reports: Sequence[Report], title: str) -> str:
    lines = [f"## API changes ({escape_markdown(title)})", ""]
    if not any(r.findings or r.notes for r in reports):
        return "\n".join([*lines, "No change to any document or generated Python.", ""])
    lines += ["| compared | changes | bump |", "|---|---|---|"]
    for r in reports:
        breaking = any(f.level == "error" for f in r.findings)
        marked = f"**{summary(r.findings)}**" if breaking else summary(r.findings)
        lines.append(f"| {escape_markdown(r.name)} | {marked} | {bump(r.findings) or ''} |")
    for r in reports:
        if not r.findings and not r.notes:
            continue
        lines += ["", f"### {escape_markdown(r.name)}: {summary(r.findings)}", ""]
        if r.findings:
            lines += ["| level | rule | where | change |", "|---|---|---|---|"]
        for f in sorted(r.findings, key=_order):
            where = escape_markdown(_where(f)) + (f"<br>{escape_markdown(f.pointer)}" if f.pointer else "")
            lines.append(f"| {f.level} | {f.rule} | {where} | {escape_markdown(f.message)} |")
        lines += ["", *(f"> note: {escape_markdown(note)}" for note in r.notes)] if r.notes else []
    return "\n".join(lines) + "\n"
