"""``make update``: fetch the vendors' documents, regenerate with a changelog, and report the change for a PR.

The scheduled workflow (``.github/workflows/update-specs.yml``) only calls this
and opens the pull request: the report's ``pr-body.md`` is its body, and
``report.json``'s ``breaking`` decides the ``breaking`` label. Everything it
does is here, tested against a local server.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from testruns.manifest import Manifest, VendorEntry

from . import FETCH_DEADLINE
from .changes import compare_with_ref, generated_spec, markdown
from .errors import GenerationError
from .fetch import fetch, write
from .spec_diff import summary

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
    subprocess.run([*git, "add", "--", "specs", "generated", "CHANGELOG.md"], check=True)
    if subprocess.run([*git, "diff", "--cached", "--quiet"], check=False).returncode == 0:
        return False
    subprocess.run([*git, "commit", "--quiet", "--message", message], check=True)
    return True


def update(
    manifest: Manifest,
    ids: Sequence[str],
    *,
    output: Path,
    report: Path,
    commit: bool,
    deadline: float = FETCH_DEADLINE,
) -> int:
    """Fetch, generate (``--changelog``), diff against HEAD; write the PR body and report; maybe commit."""
    from . import pipeline  # noqa: PLC0415
    from .changelog import add_sections  # noqa: PLC0415

    fetch_specs(manifest, ids, deadline=deadline)
    before = {vendor.id: generated_spec(vendor, output) for vendor in manifest.vendors}
    outcome = pipeline.generate(manifest, (), output=output)
    if outcome.generated:
        print(f"generated: {', '.join(outcome.generated)}")
        add_sections(manifest, outcome.generated, before, output)
    reports = compare_with_ref(manifest, (), "HEAD", output)
    changed = [r for r in reports if r.all]
    report.mkdir(parents=True, exist_ok=True)
    (report / "pr-body.md").write_text(markdown(reports, "HEAD"), encoding="utf-8")
    breaking = any(r.breaking for r in reports)
    data = {"changed": bool(changed), "breaking": breaking, "vendors": [r.as_dict() for r in changed]}
    (report / "report.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    for r in changed:
        print(f"  {r.vendor}: {summary(r.all)}")
    print(f"report: {report / 'pr-body.md'} ({'breaking' if breaking else 'nothing breaking'})")
    if commit and changed:
        title = ", ".join(f"{r.vendor} ({summary(r.all)})" for r in changed)
        try:
            made = _commit(manifest.specs_dir.parent, f"Update vendor specs: {title}")
        except subprocess.CalledProcessError as error:
            raise GenerationError(f"git failed committing the update: {error}") from None
        print("committed" if made else "nothing to commit")
    return 0
