"""Command line of the generator: ``testruns-generate {generate,check,diff,fetch,update,spec}``.

The same in this checkout (``python -m testruns_generator``, what ``make generate`` runs) and in a user's own
repository, where it writes their vendors' package from their own manifest: the manifest and the output
folder are relative to where it runs (``specs/vendors.yaml``, ``generated/``), and each vendor's ``package``
in the manifest (``acme_vendors.acme``) names the package it writes, under the output folder.

Each subcommand is a row of ``COMMANDS``: its help, its own arguments and the function that runs it. A
command that fails says why and what it left unchanged (``generated/``, or ``specs/`` for a fetch).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import FETCH_DEADLINE
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


@dataclass(frozen=True)
class Command:
    """One subcommand: what ``--help`` says, the arguments it adds, and what runs it.

    ``run`` gets the parsed arguments, the validated manifest and the output folder, and returns the exit
    status; a command that reads the manifest its own way (``diff``, whose statuses differ) takes ``None``.
    """

    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Manifest | None, Path], int]
    description: str | None = None
    leaves: str = "generated/"
    own_manifest: bool = False


def _vendors(parser: argparse.ArgumentParser, what: str = "vendor ids (default: all)") -> None:
    parser.add_argument("vendors", nargs="*", help=what)


def _generate_arguments(parser: argparse.ArgumentParser) -> None:
    _vendors(parser)
    parser.add_argument("--force", action="store_true", help="regenerate even when up to date")
    parser.add_argument(
        "--changelog", action="store_true", help="add a CHANGELOG.md section per regenerated vendor (breaking first)"
    )


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    _vendors(parser)
    parser.add_argument(
        "--rebuild", action="store_true", help="rebuild every package to compare, even those whose fingerprint matches"
    )


def _diff_arguments(parser: argparse.ArgumentParser) -> None:
    _vendors(parser)
    parser.add_argument("--base", default="HEAD", help="the git ref to compare with (default: HEAD)")
    parser.add_argument("--old", type=Path, help="compare two OpenAPI documents instead: the old one (with --new)")
    parser.add_argument("--new", type=Path, help="the new document (with --old)")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output (default: text)")
    parser.add_argument("--json", action="store_const", const="json", dest="format", help="the same as --format json")
    parser.add_argument(
        "--fail-on", choices=("error", "warning"), default="error", help="the level that exits 1 (default: error)"
    )
    parser.add_argument("--ignore", type=Path, help="a file of accepted changes, one 'RULE-ID WHERE' a line")
    parser.add_argument(
        "--generate", action="store_true", help="regenerate both sides to compare their Python (not generated/)"
    )
    parser.add_argument("--allow-breaking", action="store_true", help="report, but exit 0 even when something breaks")


def _deadline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--deadline",
        type=_seconds,
        default=FETCH_DEADLINE,
        metavar="SECONDS",
        help=f"the most a vendor's document may take to arrive, all its pages and retries included, "
        f"however slowly the server sends (default: {FETCH_DEADLINE:g})",
    )


def _fetch_arguments(parser: argparse.ArgumentParser) -> None:
    _vendors(parser, "vendor ids (default: every vendor with a source)")
    _deadline(parser)


def _update_arguments(parser: argparse.ArgumentParser) -> None:
    _vendors(parser, "vendor ids to fetch (default: every vendor with a source)")
    _deadline(parser)
    parser.add_argument("--report", type=Path, default=Path(".update"), help="where pr-body.md and report.json go")
    parser.add_argument("--commit", action="store_true", help="commit specs/, generated/ and CHANGELOG.md if changed")
    parser.add_argument(
        "--allow-breaking", action="store_true", help="commit an error-level change without testruns' major bump"
    )


def _spec_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vendor")


def _generate(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    from . import pipeline  # noqa: PLC0415
    from .changes import generated_spec, one_line  # noqa: PLC0415

    assert manifest is not None
    started = time.perf_counter()
    before = {v.id: generated_spec(v, output) for v in pipeline.select(manifest, args.vendors)}
    outcome = pipeline.generate(manifest, args.vendors, output=output, force=args.force)
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


def _check(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    from . import pipeline  # noqa: PLC0415

    assert manifest is not None
    started = time.perf_counter()
    drift = pipeline.check(manifest, args.vendors, output=output, rebuild=args.rebuild)
    for name, differences in drift.items():
        shown = ", ".join(differences[:5]) + (f" and {len(differences) - 5} more" if len(differences) > 5 else "")
        print(f"drift: {name}: {shown}", file=sys.stderr)
        if name in manifest.ids:
            print(f"drift: {_classified(manifest, name, output)}", file=sys.stderr)
    if drift:
        print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"generated/ matches the specs ({time.perf_counter() - started:.2f} s)")
    return 0


def _fetch(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    from .update import fetch_specs  # noqa: PLC0415

    assert manifest is not None
    fetch_specs(manifest, args.vendors, deadline=args.deadline)
    return 0


def _update(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    from .update import update  # noqa: PLC0415

    assert manifest is not None
    return update(
        manifest,
        args.vendors,
        output=output,
        report=args.report,
        commit=args.commit,
        allow_breaking=args.allow_breaking,
        deadline=args.deadline,
    )


def _spec(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    from . import pipeline  # noqa: PLC0415
    from .documents import canonical_json  # noqa: PLC0415
    from .effective_spec import checked_effective_spec  # noqa: PLC0415

    assert manifest is not None
    (vendor,) = pipeline.select(manifest, [args.vendor])
    sys.stdout.write(canonical_json(checked_effective_spec(vendor, manifest)))
    return 0


def _diff_command(args: argparse.Namespace, manifest: Manifest | None, output: Path) -> int:
    return _diff(args, output)


COMMANDS: dict[str, Command] = {
    "generate": Command(
        "regenerate the vendors whose spec, overlay or generator changed", _generate_arguments, _generate
    ),
    "check": Command("fail when generated/ differs from what the specs give", _check_arguments, _check),
    "diff": Command(
        "what changed for users since a git ref (or between two documents): every change with its rule",
        _diff_arguments,
        _diff_command,
        description=DIFF_HELP,
        own_manifest=True,
    ),
    "fetch": Command(
        "download the vendors' published documents into specs/ (only what generate would accept)",
        _fetch_arguments,
        _fetch,
        description="Download each vendor's published document and check it as generate would; only when "
        "every one passes are they written into specs/.",
        leaves="specs/",
    ),
    "update": Command("fetch, generate with --changelog, and report the diff for a PR", _update_arguments, _update),
    "spec": Command("print a vendor's effective spec (overlay applied) as JSON", _spec_arguments, _spec),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="testruns-generate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--manifest", type=Path, default=Path("specs/vendors.yaml"), help="the vendor manifest (default: %(default)s)"
    )
    parser.add_argument(
        "--output", type=Path, default=Path("generated"), help="where the packages go (default: %(default)s/)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, command in COMMANDS.items():
        sub = commands.add_parser(
            name,
            help=command.help,
            description=command.description or command.help,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.arguments(sub)
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
    try:
        return _run(args)
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


def _run(args: argparse.Namespace) -> int:
    from testruns.vendors import ManifestError, load_manifest  # noqa: PLC0415 - pydantic, only past --help

    command = COMMANDS[args.command]
    output: Path = args.output
    if command.own_manifest:
        return command.run(args, None, output)
    try:
        return command.run(args, load_manifest(args.manifest.resolve()), output)
    except (GenerationError, ManifestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(f"{command.leaves} was left unchanged", file=sys.stderr)
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


# The generate extra's tools: without them, a command that generates says what to install, not a traceback.
_TOOLS = frozenset(
    {"openapi_python_client", "datamodel_code_generator", "openapi_spec_validator", "jsonpath", "ruff", "griffe"}
)


def entry() -> None:
    """The ``testruns-generate`` script: ``main``, and the install line when the generate extra is missing."""
    try:
        status = main()
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in _TOOLS | {"tenacity"}:
            raise
        print(
            f'error: {exc.name} is missing: install the generator\'s tools: pip install "testruns[generate]"',
            file=sys.stderr,
        )
        status = 3
    sys.exit(status)


if __name__ == "__main__":
    entry()
