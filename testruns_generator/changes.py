"""What a spec change means for users: per vendor, the checker's findings and the Python surface's.

``python -m testruns_generator diff`` compares the effective specs at a git ref with the
working tree (``breaking``: a rule id, a level and a place per change) and the
generated packages at that ref with ``generated/`` now (griffe's
``find_breaking_changes``: what a user's code imports and calls), or, with
``--generate``, both sides regenerated. ``generate`` and ``check`` print the
same classification in one line per vendor, against the spec each package was
generated from (its ``openapi.json``), with no git needed.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from testruns.vendors import Manifest, ManifestError, VendorEntry, load_manifest

from .breaking.manifest import vendor_findings
from .breaking.model import Finding
from .breaking.report import Report, summary
from .breaking.rules import rule
from .effective_spec import effective_spec
from .errors import GenerationError

__all__ = ["compare_files", "compare_with_ref", "generated_spec", "one_line", "tree_at"]

SPEC_FILE = "openapi.json"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_LOCATION = re.compile(r"^\S+?:\d+: ")


def generated_spec(vendor: VendorEntry, output: Path) -> dict[str, Any] | None:
    """The effective spec the vendor's package in ``output`` was generated from, or None if there is none."""
    try:
        document = json.loads((output / vendor.package_path / SPEC_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def one_line(vendor: VendorEntry, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """``loadforge: 1 breaking, 2 additive``: the classification of a rebuilt or drifted vendor."""
    if before is None:
        return f"{vendor.id}: new vendor"
    return f"{vendor.id}: {summary(vendor_findings(vendor, before, vendor, after))}"


@contextmanager
def tree_at(repo: Path, ref: str, paths: Sequence[str]) -> Iterator[Path]:
    """``paths`` of the repository as they were at ``ref``, in a scratch folder removed afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="testruns-diff-"))
    try:
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", "--format=tar", ref, "--", *paths],
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            reason = archive.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GenerationError(
                f"cannot read {', '.join(paths)} at {ref!r}: {reason[-1] if reason else 'git failed'}"
            )
        target = scratch / "archive.tar"
        target.write_bytes(archive.stdout)
        with tarfile.open(target) as tar:
            tar.extractall(scratch, filter="data")
        target.unlink()
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _python_files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts and path.name != "_provenance.py"  # the version record moves always
    }


def _dotted(package: str, relative: str) -> str:
    parts = relative.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([package, *parts])


def _python(rule_id: str, module: str, text: str = "") -> Finding:
    found = rule(rule_id)
    return Finding(rule_id, found.level, "", module, "", found.message.format(new=text))


def _surface(package: str, old_root: Path, new_root: Path) -> list[Finding]:
    """What griffe finds broken between the two versions of a generated package (read, never imported).

    Only the modules whose text changed are loaded, so a large vendor with one change costs one module.
    """
    folder = Path(*package.split("."))
    if not (old_root / folder).is_dir() or not (new_root / folder).is_dir():
        return []
    old_files, new_files = _python_files(old_root / folder), _python_files(new_root / folder)
    found = [
        _python("python-module-removed", _dotted(package, name)) for name in sorted(old_files.keys() - new_files.keys())
    ]
    changed = sorted(name for name in old_files.keys() & new_files.keys() if old_files[name] != new_files[name])
    if not changed:
        return found
    import griffe  # noqa: PLC0415 - only for a diff with changed Python

    def load(root: Path, name: str) -> Any:
        # One module's source, parsed alone: nothing else of the package is read.
        path = root / folder / name
        return griffe.visit(
            _dotted(package, name).rsplit(".", 1)[-1],
            path,
            path.read_text(encoding="utf-8"),
            modules_collection=griffe.ModulesCollection(),
            lines_collection=griffe.LinesCollection(),
        )

    for name in changed:
        module = _dotted(package, name)
        for breakage in griffe.find_breaking_changes(load(old_root, name), load(new_root, name)):
            if breakage.obj.path.rsplit(".", 1)[-1] in ("__version__", "SPEC_VERSION"):
                continue  # the package's own record of its version changes with every spec
            text = _LOCATION.sub("", _ANSI.sub("", breakage.explain()))
            found.append(_python("python-api-broken", module, text.replace("<module>", module)))
    return found


def _old_manifest(root: Path, ref: str) -> Manifest | None:
    path = root / "specs" / "vendors.yaml"
    if not path.is_file():
        return None
    try:
        return load_manifest(path)
    except ManifestError as error:
        raise GenerationError(f"the manifest at {ref!r} cannot be read: {error.message}") from None


def compare_with_ref(
    manifest: Manifest,
    ids: Sequence[str],
    base: str,
    output: Path,
    *,
    generate: bool = False,
    today: datetime.date | None = None,
) -> list[Report]:
    """Each vendor's report: the effective spec and generated package at ``base`` against the working tree
    (``generate``: both packages built afresh, so a stale or missing ``generated/`` does not matter)."""
    repo = manifest.specs_dir.parent
    relative = output.resolve().relative_to(repo.resolve()).as_posix() if output.is_absolute() else str(output)
    with tree_at(repo, base, ["specs", relative]) as old_root:
        old = _old_manifest(old_root, base)
        old_ids = list(old.ids) if old is not None else []
        wanted = list(ids) or list(dict.fromkeys([*old_ids, *manifest.ids]))
        unknown = [v for v in wanted if v not in manifest.ids and v not in old_ids]
        if unknown:
            raise GenerationError(f"unknown vendor {unknown[0]!r}; the manifest has {', '.join(manifest.ids)}")
        reports = []
        for vendor_id in wanted:
            old_vendor = old.vendor(vendor_id) if old is not None and vendor_id in old.ids else None
            new_vendor = manifest.vendor(vendor_id) if vendor_id in manifest.ids else None
            old_spec = effective_spec(old_vendor, old) if old_vendor is not None and old is not None else None
            new_spec = effective_spec(new_vendor, manifest) if new_vendor is not None else None
            report = Report(vendor_id, vendor_findings(old_vendor, old_spec, new_vendor, new_spec, today=today))
            if old_vendor is not None and new_vendor is not None and old_vendor.package == new_vendor.package:
                if generate:
                    assert old is not None
                    _built_surface(report, (old, old_vendor, manifest, new_vendor))
                else:
                    report.findings += _surface(new_vendor.package, old_root / relative, output)
            reports.append(report)
    return reports


def compare_files(old: Path, new: Path, *, generate: bool = False) -> Report:
    """Two OpenAPI documents, compared rule by rule (a document that cannot be read is a GenerationError)."""
    from .breaking import check_documents  # noqa: PLC0415
    from .documents import read_document  # noqa: PLC0415

    before, after = read_document(old), read_document(new)
    report = Report(str(new), check_documents(before, after, old_name=str(old), new_name=str(new)))
    if generate:
        report.notes.append("the Python surface is compared for manifest vendors only: spec-level findings here")
    return report


def _built_surface(report: Report, sides: tuple[Manifest, VendorEntry, Manifest, VendorEntry]) -> None:
    """Regenerate both sides in a scratch folder and compare their Python; where a side cannot be built,
    the spec's findings stand and a note says why."""
    from . import pipeline  # noqa: PLC0415 - only for --generate

    old, old_vendor, new, new_vendor = sides
    scratch = Path(tempfile.mkdtemp(prefix="testruns-diff-generate-"))
    try:
        for label, manifest, vendor in (("before", old, old_vendor), ("now", new, new_vendor)):
            try:
                pipeline.generate(manifest, [vendor.id], output=scratch / label, force=True)
            except GenerationError as error:
                report.notes.append(
                    f"the Python surface was not compared: the {label} side cannot be generated ({error})"
                )
                return
        report.findings += _surface(new_vendor.package, scratch / "before", scratch / "now")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
