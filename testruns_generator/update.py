"""``make update``: fetch the vendors' documents, regenerate with a changelog, and report the change for a PR.

The scheduled workflow (``.github/workflows/update-specs.yml``) only calls this
and opens the pull request: the report's ``pr-body.md`` is its body, and
``report.json``'s ``breaking`` decides the ``breaking`` label. Everything it
does is here, tested against a local server.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from testruns.vendors import Manifest, VendorEntry

from . import FETCH_DEADLINE
from .breaking.report import render, summary
from .changes import compare_with_ref, generated_spec
from .errors import GenerationError
from .fetch import fetch, write

__all__ = ["fetch_specs", "update"]


def _with_sources(manifest: Manifest, ids: Sequence[str]) -> list[VendorEntry]:
    if ids:
        from .pipeline import select  # noqa: PLC0415

        return select(manifest, ids)
    return [vendor for vendor in manifest.vendors if vendor.source is not None]


def fetch_specs(manifest: Manifest, ids: Sequence[str], *, deadline: float = FETCH_DEADLINE) -> list[str]:
    """Fetch (each document within ``deadline`` seconds) and write; prints what changed. The vendors written."""
    vendors = _with_sources(manifest, ids)
    if not vendors:
        print("fetch: no vendor in the manifest names a source")
        return []
    written = write(fetch(manifest, vendors, deadline=deadline))
    unchanged = [v.id for v in vendors if v.id not in written]
    if written:
        print(f"fetched: {', '.join(written)} (specs/ updated, each with its fetched.json)")
    if unchanged:
        print(f"unchanged: {', '.join(unchanged)}")
    return written


def _commit(repo: Path, message: str) -> bool:
    git = ["git", "-C", str(repo)]
    bumped = ["pyproject.toml"] if (repo / "pyproject.toml").is_file() else []  # the version, where bumped
    subprocess.run([*git, "add", "--", "specs", "generated", "CHANGELOG.md", *bumped], check=True)
    if subprocess.run([*git, "diff", "--cached", "--quiet"], check=False).returncode == 0:
        return False
    subprocess.run([*git, "commit", "--quiet", "--message", message], check=True)
    return True


def _major_bumped(repo: Path) -> bool:
    """Whether pyproject.toml's version has a higher major than at HEAD (False where either is unknown)."""
    from .changelog import project_version  # noqa: PLC0415

    path = repo / "pyproject.toml"
    shown = subprocess.run(["git", "-C", str(repo), "show", "HEAD:pyproject.toml"], capture_output=True, check=False)
    now = project_version(path.read_text(encoding="utf-8")) if path.is_file() else None
    before = project_version(shown.stdout.decode("utf-8", "replace")) if shown.returncode == 0 else None
    if now is None or before is None:
        return False
    return int(now.split(".")[0]) > int(before.split(".")[0]) if now[0].isdigit() and before[0].isdigit() else False


def update(
    manifest: Manifest,
    ids: Sequence[str],
    *,
    output: Path,
    report: Path,
    commit: bool,
    allow_breaking: bool = False,
    deadline: float = FETCH_DEADLINE,
) -> int:
    """Fetch, generate (``--changelog``), diff against HEAD; write the PR body and report; maybe commit.

    A commit with an error-level change needs the major bump of pyproject.toml's version (or
    ``allow_breaking``): 1 when refused, with everything written but the commit.
    """
    from . import pipeline  # noqa: PLC0415
    from .changelog import add_sections  # noqa: PLC0415

    fetch_specs(manifest, ids, deadline=deadline)
    before = {vendor.id: generated_spec(vendor, output) for vendor in manifest.vendors}
    outcome = pipeline.generate(manifest, (), output=output)
    if outcome.generated:
        print(f"generated: {', '.join(outcome.generated)}")
        add_sections(manifest, outcome.generated, before, output)
    reports = compare_with_ref(manifest, (), "HEAD", output)
    changed = [r for r in reports if r.findings]
    report.mkdir(parents=True, exist_ok=True)
    (report / "pr-body.md").write_text(render(reports, "markdown", "against HEAD"), encoding="utf-8")
    breaking = any(f.level == "error" for r in reports for f in r.findings)
    data = {"changed": bool(changed), "breaking": breaking, "vendors": [r.as_dict() for r in changed]}
    (report / "report.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    for r in changed:
        print(f"  {r.name}: {summary(r.findings)}")
    print(f"report: {report / 'pr-body.md'} ({'breaking' if breaking else 'nothing breaking'})")
    if commit and changed:
        repo = manifest.specs_dir.parent
        if breaking and not allow_breaking and not _major_bumped(repo):
            print(
                "not committed: error-level changes need testruns' major version bump in pyproject.toml "
                "(see CHANGELOG.md's proposal), or --allow-breaking",
                file=sys.stderr,
            )
            return 1
        title = ", ".join(f"{r.name} ({summary(r.findings)})" for r in changed)
        try:
            made = _commit(repo, f"Update vendor specs: {title}")
        except subprocess.CalledProcessError as error:
            raise GenerationError(f"git failed committing the update: {error}") from None
        print("committed" if made else "nothing to commit")
    return 0
