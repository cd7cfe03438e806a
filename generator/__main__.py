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

from testruns.vendors import DEFAULT_MANIFEST_PATH

from . import FETCH_DEADLINE, head_start
from .errors import GenerationError
from .signals import ignore_signals

if TYPE_CHECKING:
    from testruns.vendors import Manifest


DIFF_HELP = """\
Compare a vendor's effective spec at a git ref with the working tree (or two
documents, --old and --new), rule by rule: each change has a rule id, a level
(error: breaks a caller; warning: may; info: breaks nothing), the operation,
the location and a JSON Pointer. Requests are judged for their sender, answers
for their reader. The generated Python is compared too (griffe). Reference:
docs/diff.md.

exit status:
  0  nothing at --fail-on's level (or --allow-breaking)
  1  breaking changes found (at --fail-on's level, after --ignore)
  2  bad usage or input: an unreadable document, ref, manifest or ignore file
     (the message names the document and the place)
  3  the checker itself failed (a bug: the message says where)
"""


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
    diff = commands.add_parser(
        "diff",
        help="what changed for users since a git ref (or between two documents): every change with its rule",
        description=DIFF_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("vendors", nargs="*", help="vendor ids (default: all)")
    diff.add_argument("--base", default="HEAD", help="the git ref to compare with (default: HEAD)")
    diff.add_argument("--old", type=Path, help="compare two OpenAPI documents instead: the old one (with --new)")
    diff.add_argument("--new", type=Path, help="the new document (with --old)")
    diff.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output (default: text)")
    diff.add_argument("--json", action="store_const", const="json", dest="format", help="the same as --format json")
    diff.add_argument(
        "--fail-on", choices=("error", "warning"), default="error", help="the level that exits 1 (default: error)"
    )
    diff.add_argument("--ignore", type=Path, help="a file of accepted changes, one 'RULE-ID WHERE' a line")
    diff.add_argument(
        "--generate", action="store_true", help="regenerate both sides to compare their Python (not generated/)"
    )
    diff.add_argument("--allow-breaking", action="store_true", help="report, but exit 0 even when something breaks")
    fetch = commands.add_parser(
        "fetch",
        help="download the vendors' published documents into specs/ (only what generate would accept)",
        description="Download each vendor's published document and check it as generate would; only when "
        "every one passes are they written into specs/.",
    )
    fetch.add_argument("vendors", nargs="*", help="vendor ids (default: every vendor with a source)")
    update = commands.add_parser("update", help="fetch, generate with --changelog, and report the diff for a PR")
    update.add_argument("vendors", nargs="*", help="vendor ids to fetch (default: every vendor with a source)")
    for fetching in (fetch, update):
        fetching.add_argument(
            "--deadline",
            type=_seconds,
            default=FETCH_DEADLINE,
            metavar="SECONDS",
            help=f"the most a vendor's document may take to arrive, all its pages and retries included, "
            f"however slowly the server sends (default: {FETCH_DEADLINE:g})",
        )
    update.add_argument("--report", type=Path, default=Path(".update"), help="where pr-body.md and report.json go")
    update.add_argument("--commit", action="store_true", help="commit specs/, generated/ and CHANGELOG.md if changed")
    update.add_argument(
        "--allow-breaking", action="store_true", help="commit an error-level change without testruns' major bump"
    )
    spec = commands.add_parser("spec", help="print a vendor's effective spec (overlay applied) as JSON")
    spec.add_argument("vendor")
    return parser


def _seconds(text: str) -> float:
    """A positive number of seconds, for argparse."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return value


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
    from testruns.vendors import ManifestError, load_manifest  # noqa: PLC0415 - after the head start

    from . import pipeline  # noqa: PLC0415

    output: Path = args.output or pipeline.DEFAULT_OUTPUT
    started = time.perf_counter()
    if args.command == "diff":
        return _diff(args, output)
    try:
        manifest = load_manifest(args.manifest.resolve())
        if args.command == "spec":
            from .documents import canonical_json  # noqa: PLC0415
            from .effective_spec import checked_effective_spec  # noqa: PLC0415

            (vendor,) = pipeline.select(manifest, [args.vendor])
            sys.stdout.write(canonical_json(checked_effective_spec(vendor, manifest)))
            return 0
        if args.command == "fetch":
            from .update import fetch_specs  # noqa: PLC0415

            fetch_specs(manifest, args.vendors, deadline=args.deadline)
            return 0
        if args.command == "update":
            from .update import update  # noqa: PLC0415

            return update(
                manifest,
                args.vendors,
                output=output,
                report=args.report,
                commit=args.commit,
                allow_breaking=args.allow_breaking,
                deadline=args.deadline,
            )
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
            print(f"note: and {len(outcome.notes) - 10} more media types left out", file=sys.stderr)
        return 0
    except (GenerationError, ManifestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(f"{'specs/' if args.command == 'fetch' else 'generated/'} was left unchanged", file=sys.stderr)
        return 1


def _classified(manifest: Manifest, vendor_id: str, output: Path) -> str:
    """A drifted vendor's change, against the spec its committed package was generated from."""
    from .changes import generated_spec, one_line  # noqa: PLC0415
    from .effective_spec import effective_spec  # noqa: PLC0415

    vendor = manifest.vendor(vendor_id)
    return one_line(vendor, generated_spec(vendor, output), effective_spec(vendor, manifest))


def _diff(args: argparse.Namespace, output: Path) -> int:
    """``diff``: 0 nothing breaking, 1 breaking, 2 bad usage or input, 3 the checker failed."""
    from testruns.vendors import ManifestError, load_manifest  # noqa: PLC0415

    from .breaking.model import DocumentError  # noqa: PLC0415
    from .breaking.report import IgnoreFileError, failing, ignored, read_ignore_file, render  # noqa: PLC0415

    try:
        entries = read_ignore_file(args.ignore) if args.ignore else []
        if (args.old is None) != (args.new is None):
            raise GenerationError("--old and --new go together")
        if args.old is not None:
            from .changes import compare_files  # noqa: PLC0415

            reports, title = [compare_files(args.old, args.new, generate=args.generate)], f"{args.old} → {args.new}"
        else:
            from .changes import compare_with_ref  # noqa: PLC0415

            manifest = load_manifest(args.manifest.resolve())
            reports = compare_with_ref(manifest, args.vendors, args.base, output, generate=args.generate)
            title = f"against {args.base}"
    except (GenerationError, ManifestError, DocumentError, IgnoreFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a crash must never read as a break (exit 1)
        import traceback  # noqa: PLC0415

        frame = traceback.extract_tb(error.__traceback__)[-1]
        print(
            f"error: the checker failed ({type(error).__name__}: {error}) at {frame.filename}:{frame.lineno}",
            file=sys.stderr,
        )
        return 3
    for report in reports:
        report.findings = [f for f in report.findings if not ignored(f, entries)]
    sys.stdout.write(render(reports, args.format, title))
    breaking = [r.name for r in reports if failing(r.findings, args.fail_on)]
    if breaking and not args.allow_breaking:
        print(
            f"breaking changes for {', '.join(breaking)} (--ignore or --allow-breaking to accept them)", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
