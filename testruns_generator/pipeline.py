"""manifest -> effective specs -> client + models -> formatted -> swapped into generated/.

Every step writes into a staging folder inside ``generated/``; only when all
vendors have been built and formatted are their packages swapped in, one
rename each. A failure anywhere leaves ``generated/`` exactly as it was.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ruff import find_ruff_bin

from testruns.files import staged_beside
from testruns.vendors import Manifest, VendorEntry

from . import provenance
from .documents import canonical_json
from .effective_spec import (
    check_document,
    check_operation_ids,
    effective_spec,
    source_file,
    without_ignored_headers,
    without_path_defaults,
)
from .errors import GenerationError
from .signals import become_worker, signals_held

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "generated"
RUFF_CONFIG = Path(__file__).resolve().parent / "ruff_generated.toml"
SPEC_FILE = "openapi.json"
MODELS_FILE = "request_models.py"


@dataclass(frozen=True)
class Plan:
    """One vendor to build: its manifest entry, effective spec, the client's input and the input fingerprint.

    The spec's canonical text and its hash are worked out once here: the fingerprint, openapi.json and
    the provenance record all use them (on a large spec each serialisation is tens of milliseconds).
    """

    vendor: VendorEntry
    spec: dict[str, Any]
    spec_text: str
    spec_digest: str
    fingerprint: str
    client_spec: dict[str, Any]
    notes: tuple[str, ...] = ()


def select(manifest: Manifest, ids: Sequence[str]) -> list[VendorEntry]:
    """The vendors named by ``ids`` (all when empty), in manifest order."""
    unknown = [i for i in ids if i not in manifest.ids]
    if unknown:
        raise GenerationError(
            f"unknown vendor {', '.join(map(repr, unknown))}; the manifest has {', '.join(manifest.ids)}",
            file=manifest.path,
        )
    return [v for v in manifest.vendors if not ids or v.id in ids]


def plan(manifest: Manifest, vendors: Iterable[VendorEntry]) -> list[Plan]:
    """Load and overlay each vendor's spec and fingerprint the inputs; the first bad one stops everything."""
    from .content_types import client_input  # noqa: PLC0415

    plans = []
    for vendor in vendors:
        # What openapi-python-client, the request models, the facade and the sandbox all read.
        spec, header_notes = without_ignored_headers(without_path_defaults(effective_spec(vendor, manifest)), vendor.id)
        try:
            client_spec, notes = client_input(spec, vendor)
        except GenerationError as error:
            raise GenerationError(
                error.message, vendor=vendor.id, file=source_file(vendor, manifest), location=error.location
            ) from None
        text = canonical_json(spec)
        digest = provenance.spec_sha256(text)
        fingerprint = provenance.input_fingerprint(vendor, digest)
        plans.append(Plan(vendor, spec, text, digest, fingerprint, client_spec, (*header_notes, *notes)))
    return plans


# One vendor's three independent stages, run in parallel. Their errors are read in this order: when the spec
# is bad, the check's error is the one reported, whatever the other two made of it. (An up-to-date package's
# spec was checked when it was built.)
STAGES = ("check", "client", "models")
Stage = str
StageKey = tuple[int, Stage]  # (the vendor's place in the plans, the stage)


def _run_stage(stage: Stage, item: Plan, manifest: Manifest, staging: Path) -> list[str]:
    """One stage of one vendor; its notes."""
    spec_file = source_file(item.vendor, manifest)
    try:
        return _stage(stage, item, manifest, staging, spec_file)
    except GenerationError:
        raise
    except Exception as exc:
        # A tool crashing on an input is still an input problem: say which vendor and file.
        raise GenerationError(
            f"generation crashed: {type(exc).__name__}: {exc}", vendor=item.vendor.id, file=spec_file
        ) from exc


# How far the check and models stages step back: on a large spec the client stage is the longest by far, so
# when the three share too few cores, the client gets the CPU first.
SIDE_NICENESS = 10


def _run_side_stage(stage: Stage, item: Plan, manifest: Manifest, staging: Path) -> list[str]:
    """``_run_stage`` in a pool worker, at a lower priority from then on (it is never raised again)."""
    with contextlib.suppress(OSError):  # where a process may not change its priority, it runs as it is
        niceness = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, 0, max(niceness, SIDE_NICENESS))
    return _run_stage(stage, item, manifest, staging)


def _models_file(staging: Path, item: Plan) -> Path:
    # Beside the package, not in it: the client generator replaces its whole folder.
    return staging / f".models-{item.vendor.package}.py"


def _stage(stage: Stage, item: Plan, manifest: Manifest, staging: Path, spec_file: Path) -> list[str]:
    mapped = set(item.vendor.operation_ids.values())
    if stage == "check":
        return check_document(item.spec, item.vendor, manifest)
    if stage == "client":
        from .clients import generate_client  # noqa: PLC0415 - heavy; in the worker only

        # Here, not in "check": it names modules by openapi-python-client's own rule, which this stage has loaded.
        check_operation_ids(item.spec, vendor=item.vendor.id, file=spec_file)
        package_dir = staging / item.vendor.package_path
        return generate_client(
            item.client_spec,
            package=item.vendor.package,
            out_dir=package_dir,
            vendor=item.vendor.id,
            spec_file=spec_file,
            mapped=mapped,
        )
    from .models import generate_models  # noqa: PLC0415

    return generate_models(
        item.spec, out_file=_models_file(staging, item), vendor=item.vendor.id, spec_file=spec_file, only=mapped
    )


def _finish_package(item: Plan, spec_file: Path, staging: Path) -> list[str]:
    """Put the models in the client's package, then write the facade (it reads both) and the spec; the
    facade's notes."""
    from .facades import write_facade  # noqa: PLC0415

    package_dir = staging / item.vendor.package_path
    _models_file(staging, item).replace(package_dir / MODELS_FILE)
    notes = write_facade(item.vendor, item.spec, package_dir, spec_file)
    (package_dir / SPEC_FILE).write_text(item.spec_text, encoding="utf-8")
    return notes


def _format(staging: Path) -> None:
    """Two ruff runs over every new package: fix what is fixable (imports, syntax upgrades) and check, then format.

    The check is the gate: generated code that ``make lint`` would reject is never swapped in.
    """
    # ruff's own binary, as `python -m ruff` would find it, without that interpreter's start (about 20 ms a run).
    ruff = [find_ruff_bin()]
    for args in (["check", "--fix", "--output-format", "concise"], ["format"]):
        done = subprocess.run(
            [*ruff, *args, "--quiet", "--config", str(RUFF_CONFIG), "--no-cache", str(staging)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            found = (done.stdout.strip() or done.stderr.strip()).replace(f"{staging}/", "")
            raise GenerationError(f"the generated code fails ruff {args[0]}: {found[:2000]}")


def index_files(manifest: Manifest) -> dict[str, str]:
    """The index package's ``__init__.py``: every vendor's package (``PACKAGES``, what testruns knows at run
    time) and the typed properties of ``Client`` for each."""
    from .facades import render_index  # noqa: PLC0415

    return {"__init__.py": render_index(list(manifest.vendors))}


def write_index(manifest: Manifest, output: Path) -> bool:
    """Bring the index package up to date; True when it changed. Each file is written whole or not at all."""
    folder = output / manifest.index_path
    stale = _differing(folder, {**index_files(manifest), "py.typed": "# Marker file for PEP 561\n"})
    for name, text in stale.items():
        folder.mkdir(parents=True, exist_ok=True)
        with staged_beside(folder / name) as staged:
            staged.write_text(text, encoding="utf-8")
    return bool(stale)


def _differing(folder: Path, files: dict[str, str]) -> dict[str, str]:
    """Those of ``files`` (name -> text) that ``folder`` lacks or holds with another text."""
    return {
        name: text
        for name, text in files.items()
        if not (path := folder / name).exists() or path.read_text(encoding="utf-8") != text
    }


def _start_pool(
    pools: list[ProcessPoolExecutor], workers: int, tasks: dict[StageKey, Callable[[], list[str]]]
) -> dict[StageKey, Future[list[str]]]:
    """A new pool of forked workers, added to ``pools`` and given ``tasks`` in their order.

    fork: workers inherit what this process has already imported. Ctrl-C and SIGTERM are held back while it
    forks (one landing mid-fork is lost in the fork's own handlers, or leaves the pool half made), and only
    this process handles them: it stops the pools and waits for their workers, so none writes into staging
    once it is removed.
    """
    with signals_held():
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=get_context("fork"), initializer=become_worker, initargs=(os.getpid(),)
        )
        pools.append(pool)
        return {key: pool.submit(task) for key, task in tasks.items()}


def _first_failure(
    started: dict[StageKey, Future[list[str]]], plans: Sequence[Plan], manifest: Manifest
) -> BaseException | None:
    """The first stage error in ``STAGES`` order, vendor by vendor (waiting for each stage it reads), or None.

    A worker that died (a signal, the out-of-memory killer, a crash in a tool's C code) ends its pool: every
    stage that pool had not finished fails with ``BrokenProcessPool``, which does not say which one it was
    running, so the error names them all, the first as its vendor.
    """
    for index, item in enumerate(plans):
        for stage in STAGES:
            error = started[index, stage].exception()
            if isinstance(error, BrokenProcessPool):
                unfinished: dict[str, list[str]] = {}
                for (i, name), future in started.items():
                    if isinstance(future.exception(), BrokenProcessPool):
                        unfinished.setdefault(plans[i].vendor.id, []).append(name)
                named = "; ".join(f"{vendor}'s {' and '.join(names)}" for vendor, names in unfinished.items())
                return GenerationError(
                    f"a generator worker process died abruptly (killed, out of memory, or crashed) before "
                    f"these stages finished: {named}; nothing was written",
                    vendor=item.vendor.id,
                    file=source_file(item.vendor, manifest),
                )
            if error is not None:
                return error
    return None


def _run_stages(
    manifest: Manifest,
    plans: Sequence[Plan],
    staging: Path,
    then: Callable[[], None],
) -> list[str]:
    """Every vendor's three stages, in parallel on every core, and ``then`` once the clients and the models are
    made: it needs no check, so it runs while the checks finish. An error is raised in ``STAGES`` order, and one
    of ``then`` only when every stage passed: when the spec is bad, the check says why, whatever broke after.
    Returns the stages' notes, vendor by vendor.
    """
    cores = os.cpu_count() or 1
    if cores == 1:
        notes = [note for item in plans for stage in STAGES for note in _run_stage(stage, item, manifest, staging)]
        then()
        return notes

    def tasks(
        run: Callable[[Stage, Plan, Manifest, Path], list[str]], stage: Stage
    ) -> dict[StageKey, Callable[[], list[str]]]:
        return {(index, stage): partial(run, stage, item, manifest, staging) for index, item in enumerate(plans)}

    pools: list[ProcessPoolExecutor] = []
    try:
        # The models stage has no use for openapi-python-client, so its workers fork before this process
        # loads it: that load (about 0.15 s) and datamodel-code-generator's (about 0.2 s) run at once.
        started = _start_pool(pools, min(len(plans), cores), tasks(_run_side_stage, "models"))
        # Loaded once: the client stages use it, every facade (after this) too, and the check is cheaper with
        # it in (it shares their dependencies). The clients are queued first: a worker takes them before checks.
        import openapi_python_client  # noqa: F401, PLC0415

        rest = tasks(_run_stage, "client") | tasks(_run_side_stage, "check")
        started |= _start_pool(pools, min(len(plans) * 2, cores), rest)
        made = (started[i, stage].exception() is None for i in range(len(plans)) for stage in ("client", "models"))
        late: Exception | None = None
        if all(made):
            try:
                then()
            except Exception as error:  # raised below unless a stage failed
                late = error
        first = _first_failure(started, plans, manifest)
        if first is not None:
            raise first
        if late is not None:
            raise late
        return [note for i in range(len(plans)) for stage in STAGES for note in started[i, stage].result()]
    finally:
        with signals_held():  # the workers finish their stage before staging can be removed
            for pool in pools:
                pool.shutdown(wait=True, cancel_futures=True)


def build(manifest: Manifest, plans: Sequence[Plan], staging: Path) -> list[str]:
    """Check and build every planned package into ``staging``, then format it (while the checks finish); the
    notes of what the client leaves out and of what the spec validator found but changes no code."""

    facade_notes: list[str] = []

    def finish() -> None:
        for item in plans:
            facade_notes.extend(_finish_package(item, source_file(item.vendor, manifest), staging))
        _format(staging)
        for item in plans:
            package_dir = staging / item.vendor.package_path
            text = provenance.render(item.vendor, item.spec, item.spec_digest, item.fingerprint, package_dir)
            (package_dir / provenance.PROVENANCE_FILE).write_text(text, encoding="utf-8")

    return _run_stages(manifest, plans, staging, then=finish) + facade_notes


def swap_in(staging: Path, packages: Sequence[Path], output: Path) -> None:
    """Replace each ``output/<package>`` by ``staging/<package>`` (folders relative to both); undo every rename
    on failure."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for package in packages:
            target, backup = output / package, staging / f".old-{'.'.join(package.parts)}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                target.rename(backup)
                done.append((target, backup))
            else:
                done.append((target, None))
            (staging / package).rename(target)
    except OSError as exc:
        for moved, original in reversed(done):
            if moved.exists():
                shutil.rmtree(moved)
            if original is not None:
                original.rename(moved)
        raise GenerationError(f"could not move the new packages into place: {exc}", file=output) from None


def stale_packages(manifest: Manifest, output: Path) -> list[Path]:
    """Generated packages in ``output`` (at its top, as they were before the index package held them all, or in
    the index package) that no manifest vendor owns any more."""
    owned = {output / v.package_path for v in manifest.vendors}
    folders = [folder for folder in (output, output / manifest.index_path) if folder.is_dir()]
    return sorted(
        path
        for folder in folders
        for path in folder.iterdir()
        if path.is_dir() and path not in owned and (path / provenance.PROVENANCE_FILE).exists()
    )


@dataclass(frozen=True)
class Outcome:
    """What ``generate`` did, and its notes: what it left out of a client (a media type, an operation or a schema
    it cannot make code for) and what the spec validator found that changes no code."""

    generated: list[str]
    up_to_date: list[str]
    removed: list[str]
    notes: list[str] = field(default_factory=list)


def generate(
    manifest: Manifest,
    ids: Sequence[str] = (),
    *,
    output: Path = DEFAULT_OUTPUT,
    force: bool = False,
) -> Outcome:
    """Regenerate the named vendors (all when empty) whose inputs changed."""
    plans = plan(manifest, select(manifest, ids))
    todo = [p for p in plans if force or not provenance.is_current(output / p.vendor.package_path, p.fingerprint)]
    fresh = [p.vendor.id for p in plans if p not in todo]
    stale = [] if ids else stale_packages(manifest, output)
    if not todo and not stale:
        write_index(manifest, output)
        return Outcome([], fresh, [])
    staging: Path | None = None
    built: list[str] = []
    try:
        with signals_held():  # made and known before an interrupt can land, so the finally removes it
            staging = scratch_folder(output, "staging")
        if todo:
            built = build(manifest, todo, staging)
            swap_in(staging, [p.vendor.package_path for p in todo], output)
        for path in stale:
            path.rename(staging / f".stale-{path.relative_to(output)}".replace("/", "."))
        write_index(manifest, output)
    finally:
        if staging is not None:
            remove_whole(staging)
    notes = [note for p in todo for note in p.notes] + built
    return Outcome([p.vendor.id for p in todo], fresh, [path.relative_to(output).as_posix() for path in stale], notes)


def remove_whole(path: Path) -> None:
    """Remove ``path``, uninterrupted."""
    with signals_held():
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_scratch(output: Path) -> list[str]:
    """Remove the staging and scratch folders a killed run left behind (their process is gone)."""
    removed = []
    for kind in ("staging", "check"):
        for path in output.glob(f".{kind}-*"):
            pid = path.name.split("-")[1]
            if path.is_dir() and (not pid.isdigit() or not _alive(int(pid))):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path.name)
    return removed


def scratch_folder(output: Path, kind: str) -> Path:
    """A new ``.staging-<pid>-*`` / ``.check-<pid>-*`` folder in ``output`` (gitignored, like every dot-folder)."""
    output.mkdir(parents=True, exist_ok=True)
    remove_stale_scratch(output)
    return Path(tempfile.mkdtemp(prefix=f".{kind}-{os.getpid()}-", dir=output))


def _differences(left: Path, right: Path) -> list[str]:
    if not left.exists():
        return ["missing"]
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (not generated)" for name in cmp.left_only)
        found.extend(f"{prefix}{name} (missing)" for name in cmp.right_only)
        # dircmp compares shallowly (size and mtime); compare contents.
        for name in cmp.common_files:
            if not filecmp.cmp(Path(cmp.left) / name, Path(cmp.right) / name, shallow=False):
                found.append(f"{prefix}{name} (differs)")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return found


def check(
    manifest: Manifest, ids: Sequence[str] = (), *, output: Path = DEFAULT_OUTPUT, rebuild: bool = False
) -> dict[str, list[str]]:
    """Compare generated/ with what the specs give: vendor (or stale package) -> what differs.

    A package whose recorded input fingerprint matches and whose files nobody edited is what a rebuild
    would give (the fingerprint covers the spec, the manifest entry, the generator and the tools), so
    only the others are rebuilt into a scratch folder and compared; ``rebuild`` rebuilds every one.
    """
    plans = plan(manifest, select(manifest, ids))
    suspect = [p for p in plans if rebuild or not provenance.is_current(output / p.vendor.package_path, p.fingerprint)]
    drift: dict[str, list[str]] = {}
    scratch: Path | None = None
    try:
        if suspect:
            with signals_held():
                scratch = scratch_folder(output, "check")
            build(manifest, suspect, scratch)
        for item in suspect:
            assert scratch is not None
            differences = _differences(output / item.vendor.package_path, scratch / item.vendor.package_path)
            if differences:
                drift[item.vendor.id] = differences
    finally:
        if scratch is not None:
            remove_whole(scratch)
    if not ids:
        for path in stale_packages(manifest, output):
            drift[path.relative_to(output).as_posix()] = [
                "generated package of a vendor that is no longer in the manifest"
            ]
        stale_index = _differing(output / manifest.index_path, index_files(manifest))
        if stale_index:
            drift[manifest.index] = [f"{name} (differs from the manifest's vendors)" for name in stale_index]
    return drift
