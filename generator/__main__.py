"""Command line of the generator: ``python -m generator {generate,check,diff,fetch,update,spec}``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from testruns._exit import exit_now
from testruns._manifest_path import DEFAULT_MANIFEST_PATH

from . import head_start
from .errors import GenerationError
from .signals import ignore_signals

if TYPE_CHECKING:
    from testruns.manifest import Manifest


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST_PATH, help="the vendor manifest")
    parser.add_argument("--output", type=Path, default=None, help="where the packages go (default: generated/)")
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate the vendors whose spec, overlay or generator changed")
    gen.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    gen.add_argument("--force", action="store_true", help="regenerate even when up to date")
    gen.add_argument(
        "--changelog", action="store_true", help="add a CHANGELOG.md section per regenerated vendor (breaking first)"
    )
    chk = commands.add_parser("check", help="fail when generated/ differs from what the specs give")
    chk.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    chk.add_argument(
        "--rebuild", action="store_true", help="rebuild every package to compare, even those whose fingerprint matches"
    )
    diff = commands.add_parser("diff", help="what changed for users since a git ref: spec and Python, classified")
    diff.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    diff.add_argument("--base", default="HEAD", help="the git ref to compare with (default: HEAD)")
    diff.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    diff.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")
    fetch = commands.add_parser("fetch", help="download the vendors' published documents into specs/")
    fetch.add_argument("vendors", nargs="*", help="vendor ids (default: every vendor with a source)")
    update = commands.add_parser("update", help="fetch, generate with --changelog, and report the diff for a PR")
    update.add_argument("vendors", nargs="*", help="vendor ids to fetch (default: every vendor with a source)")
    update.add_argument("--report", type=Path, default=Path(".update"), help="where pr-body.md and report.json go")
    update.add_argument("--commit", action="store_true", help="commit specs/, generated/ and CHANGELOG.md if changed")
    spec = commands.add_parser("spec", help="print a vendor's effective spec (overlay applied) as JSON")
    spec.add_argument("vendor")
    return parser


class _Stopped(BaseException):
    """SIGTERM, raised where the main thread is so every ``finally`` (the staging folder's removal) runs."""


# The signals this process received. CPython can turn the exception a signal raises into another one when it
# lands inside an import (a TypeError out of a failing ``from x import y``): whatever escapes after a signal
# is the signal's doing.
_received: list[int] = []


def _stop(signum: int, frame: object) -> None:
    _received.append(signum)
    raise _Stopped


def _interrupt(signum: int, frame: object) -> None:
    _received.append(signum)
    raise KeyboardInterrupt


def _stopped() -> int:
    """Say so once stopped and cleaned up; a second signal (or the same one seen again by another thread)
    changes nothing."""
    ignore_signals()
    print("interrupted: generated/ was left unchanged", file=sys.stderr)
    return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run one generator command; returns the exit status (130 when interrupted, ``generated/`` unchanged)."""
    args = _parser().parse_args(argv)
    _received.clear()
    signal.signal(signal.SIGTERM, _stop)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not where Ctrl-C is ignored
        signal.signal(signal.SIGINT, _interrupt)
    # Forked before pydantic and the manifest are loaded here: the models' generator loads meanwhile.
    head = head_start.start() if args.command == "generate" and (os.cpu_count() or 1) > 1 else None
    try:
        return _run(args, head)
    except BrokenPipeError:
        # The reader went away (`... | head`): say nothing more, and not through the closed pipe.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the interpreter's final flush
        return 1
    except (KeyboardInterrupt, _Stopped):
        return _stopped()
    except Exception:
        if not _received:
            raise
        return _stopped()
    finally:
        if head is not None:
            head.discard()


def _run(args: argparse.Namespace, head: head_start.HeadStart | None = None) -> int:
    from testruns.manifest import ManifestError, load_manifest  # noqa: PLC0415 - after the head start

    from . import pipeline  # noqa: PLC0415

    output: Path = args.output or pipeline.DEFAULT_OUTPUT
    started = time.perf_counter()
    try:
        manifest = load_manifest(args.manifest.resolve())
        if args.command == "spec":
            from .documents import canonical_json  # noqa: PLC0415
            from .effective_spec import checked_effective_spec  # noqa: PLC0415

            (vendor,) = pipeline.select(manifest, [args.vendor])
            sys.stdout.write(canonical_json(checked_effective_spec(vendor, manifest)))
            return 0
        if args.command == "diff":
            return _diff(manifest, args, output)
        if args.command == "fetch":
            from .update import fetch_specs  # noqa: PLC0415

            fetch_specs(manifest, args.vendors)
            return 0
        if args.command == "update":
            from .update import update  # noqa: PLC0415

            return update(manifest, args.vendors, output=output, report=args.report, commit=args.commit)
        if args.command == "check":
            drift = pipeline.check(manifest, args.vendors, output=output, rebuild=args.rebuild)
            for name, differences in drift.items():
                shown = ", ".join(differences[:5]) + (
                    f" and {len(differences) - 5} more" if len(differences) > 5 else ""
                )
                print(f"drift: {name}: {shown}", file=sys.stderr)
                if name in manifest.ids:
                    print(f"drift: {_classified(manifest, name, output)}", file=sys.stderr)
            if drift:
                print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ matches the specs ({time.perf_counter() - started:.2f} s)")
            return 0
        from .changes import generated_spec, one_line  # noqa: PLC0415

        before = {v.id: generated_spec(v, output) for v in pipeline.select(manifest, args.vendors)}
        outcome = pipeline.generate(manifest, args.vendors, output=output, force=args.force, head_start=head)
        elapsed = time.perf_counter() - started
        if outcome.generated:
            print(f"generated: {', '.join(outcome.generated)} ({elapsed:.2f} s)")
        for vendor_id in outcome.generated:
            vendor = manifest.vendor(vendor_id)
            print(f"  {one_line(vendor, before[vendor_id], generated_spec(vendor, output))}")
        if args.changelog and outcome.generated:
            from .changelog import add_sections  # noqa: PLC0415

            written = add_sections(manifest, outcome.generated, before, output)
            if written:
                print(f"CHANGELOG.md: a section for {', '.join(written)}")
        if outcome.removed:
            print(f"removed stale packages: {', '.join(outcome.removed)}")
        if outcome.up_to_date:
            print(f"up to date: {', '.join(outcome.up_to_date)}")
        for note in outcome.notes[:10]:
            print(f"note: {note}", file=sys.stderr)
        if len(outcome.notes) > 10:
            print(f"note: and {len(outcome.notes) - 10} more notes", file=sys.stderr)
        return 0
    except (GenerationError, ManifestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("generated/ was left unchanged", file=sys.stderr)
        return 1


def _classified(manifest: Manifest, vendor_id: str, output: Path) -> str:
    """A drifted vendor's change, against the spec its committed package was generated from."""
    from .changes import generated_spec, one_line  # noqa: PLC0415
    from .effective_spec import effective_spec  # noqa: PLC0415

    vendor = manifest.vendor(vendor_id)
    return one_line(vendor, generated_spec(vendor, output), effective_spec(vendor, manifest))


def _diff(manifest: Manifest, args: argparse.Namespace, output: Path) -> int:
    import json  # noqa: PLC0415

    from .changes import compare_with_ref, markdown  # noqa: PLC0415

    reports = compare_with_ref(manifest, args.vendors, args.base, output)
    if args.json:
        print(json.dumps({"base": args.base, "vendors": [r.as_dict() for r in reports]}, indent=2))
    else:
        sys.stdout.write(markdown(reports, args.base))
    breaking = [r.vendor for r in reports if r.breaking]
    if breaking and not args.allow_breaking:
        print(f"breaking changes for {', '.join(breaking)} (--allow-breaking to accept them)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    # openapi-python-client imports httpx, and httpx its own command line (click, rich, pygments: about
    # 50 ms) when they are installed; it does without when the import fails, and the generator never uses it.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    exit_now(main())  # without the interpreter's teardown: about 0.1 s of a small generation
