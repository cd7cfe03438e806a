"""The ``testruns`` command: list vendors, trigger and cancel runs, from a terminal or a CI job.

Each vendor gets ``trigger`` (and ``cancel``, ``status``, ``wait``) subcommands
whose options come from its generated facade; only the vendor named is loaded.
Every failure is one typed error: a line on stderr (one JSON object with
``--json``) and the exit code its class stands for, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from .._errors import ConfigurationError, MissingCredentialsError, TestRunsError
from ..text import printable
from .commands import Command, needed_operation
from .output import AfterTheRun, add_json_option, print_json, redactor, say
from .parser import Done, Parser, UsageError, as_help, bounded, did_you_mean

if TYPE_CHECKING:
    from ..vendors.registry import VendorSummary

__all__ = ["main", "run"]

_ABOUT = "Trigger, follow and cancel test runs on any testing vendor with one call shape."
_VENDORS_ABOUT = (
    "Each vendor: its operations, its credential variable and whether it is set, its regions, and where it comes "
    "from (testruns itself, or the package a testruns.vendors entry point names)."
)
_RUN_COMMANDS: dict[Command, str] = {
    "trigger": "Trigger a test run on a vendor (with --wait: and follow it to its end).",
    "cancel": "Cancel a test run, where the vendor allows it.",
    "status": "Read a test run's state once, where the vendor has a status operation.",
    "wait": "Wait for a test run to end; the exit code says how it ended (0, 9, 10, 11, 12).",
}


def vendors(as_json: bool = False) -> None:
    """Print the vendors (``_VENDORS_ABOUT``), as one JSON object with ``as_json``."""
    from .output import show_vendors  # noqa: PLC0415 - not for --help

    show_vendors(as_json)


def sandbox(values: dict[str, Any]) -> None:
    """Serve the sandbox with the options ``values`` holds (see ``_add_sandbox``), until Ctrl-C."""
    try:
        from ..sandbox import serve  # noqa: PLC0415 - openapi-core and uvicorn load only here
    except ImportError as error:
        raise ConfigurationError(str(error)) from None
    from .output import notices_on_stderr  # noqa: PLC0415

    with notices_on_stderr(values["as_json"]):
        serve(
            host=values["host"],
            port=values["port"],
            queued_seconds=values["queued_seconds"],
            running_seconds=values["running_seconds"],
            max_runs=values["max_runs"],
            key=values["key"],
            as_json=values["as_json"],
        )


def _add_sandbox(parser: Parser) -> None:
    option = parser.add_argument
    option("--host", default="127.0.0.1", metavar="HOST", help="Address to listen on (default 127.0.0.1).")
    option(
        "--port",
        type=bounded(int, 0, 65535),
        default=0,
        metavar="PORT",
        help="Port to listen on; 0 (the default) picks a free one.",
    )
    option(
        "--queued-seconds",
        type=bounded(float, 0),
        default=1.0,
        metavar="SECONDS",
        help="How long a new run stays queued (default 1).",
    )
    option(
        "--running-seconds",
        type=bounded(float, 0),
        default=5.0,
        metavar="SECONDS",
        help="How long a run then runs until finished (default 5).",
    )
    option(
        "--max-runs",
        type=bounded(int, 1),
        default=10_000,
        metavar="N",
        help="Runs kept; the oldest are forgotten first (default 10000).",
    )
    option(
        "--key", default="sandbox-key", metavar="KEY", help="The only key accepted; any other gets the vendor's 401."
    )
    option("--json", dest="as_json", action="store_true", help="Print the URLs and variables as one JSON object.")


_SANDBOX_ABOUT = """Serve a local, stateful stand-in for every vendor, checked against their specs, until Ctrl-C.

Each vendor is under /<vendor> followed by its own server path. The printed export lines point the facade and
this command at it; /_sandbox is the control API (faults, the request log, runs)."""


_CONTRACT_ABOUT = """Check vendors' clients against their specs, with Prism as the referee (needs Node.js and Prism).

For each operation: the manifest's example call must pass Prism's request validation and read as a run, and
every status the spec documents must read as the result or as the error for that status. Prism is found as
--prism, $TESTRUNS_PRISM, ./node_modules/.bin/prism or prism on the PATH. Exit 0: every check passed; 1: one
failed (each is listed); 3: Prism is missing or cannot start."""


def contract(vendors: list[str], prism: str | None) -> int:
    """Run the contract checks of ``vendors`` (every vendor when empty); the exit code."""
    from ..contract import find_prism, run_checks  # noqa: PLC0415 - httpx and the clients load only here
    from ..vendors.registry import vendor_summaries  # noqa: PLC0415

    known = [vendor.id for vendor in vendor_summaries()]
    unknown = [vendor for vendor in vendors if vendor not in known]
    if unknown:
        raise UsageError(
            f"unknown vendor {unknown[0]!r}{did_you_mean(unknown, known)}; known: {', '.join(known)}",
            "testruns contract",
        )
    command = find_prism(prism)
    failed = passed = 0
    for check in run_checks(vendors or known, command):
        if check.problem is None:
            passed += 1
            say(f"ok    {check.vendor}: {check.name}")
        else:
            failed += 1
            say(f"FAIL  {check.vendor}: {check.name}: {printable(check.problem)}")
    say(f"contract: {passed} passed, {failed} failed ({', '.join(vendors or known)})")
    return 1 if failed else 0


class _Version(argparse.Action):
    """``--version``: the installed version, read (from the package's metadata, 50 ms) only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **settings: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="Print the version and exit.")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **settings: Any) -> None:
        from .. import __version__  # noqa: PLC0415

        say(f"testruns {__version__}")
        raise Done(0)


def _root_parser() -> Parser:
    """``testruns``: its own options and the list of its commands; each run command parses the rest itself."""
    parser = Parser("testruns", _ABOUT, epilog="Run `testruns COMMAND --help` for a command's options.")
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    listed = commands.add_parser(
        "vendors",
        help=_VENDORS_ABOUT,
        description=_VENDORS_ABOUT,
    )
    add_json_option(listed)
    serving = commands.add_parser(
        "sandbox",
        help=_SANDBOX_ABOUT.splitlines()[0],
        description=_SANDBOX_ABOUT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_sandbox(serving)
    refereed = commands.add_parser(
        "contract",
        help=_CONTRACT_ABOUT.splitlines()[0],
        description=_CONTRACT_ABOUT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    refereed.add_argument("vendors", nargs="*", metavar="VENDOR", help="The vendors to check (default: every one).")
    refereed.add_argument("--prism", metavar="PATH", help="Prism's command (default: see above).")
    for name, about in _RUN_COMMANDS.items():
        commands.add_parser(name, help=about, add_help=False)  # listed here; parsed by _run_command
    return parser


def _able(operation: Command) -> list[VendorSummary]:
    """The vendors that can do ``operation``."""
    from ..vendors.registry import vendor_summaries  # noqa: PLC0415

    needed = needed_operation(operation)
    return [vendor for vendor in vendor_summaries() if needed in vendor.operations]


def _summary(vendor: VendorSummary, operation: Command) -> str:
    needed = needed_operation(operation)
    operation_id = vendor.operation_ids.get(needed)
    if operation_id is None:
        return f"{vendor.name} has no {needed} operation."
    doing = "wait for a run to end" if operation == "wait" else f"{operation} a run"
    return f"{vendor.name}: {doing} ({operation_id})."


def _run_command_parser(operation: Command) -> Parser:
    """``testruns trigger`` (or ``cancel``, ``status``, ``wait``) and its vendors, from the vendor registry alone:
    listing six vendors must not import six generated clients."""
    parser = Parser(
        f"testruns {operation}",
        _RUN_COMMANDS[operation],
        usage=f"testruns {operation} [-h] VENDOR [OPTIONS]",
        epilog=f"Run `testruns {operation} VENDOR --help` for a vendor's options.",
    )
    vendors_ = parser.add_subparsers(title="vendors", metavar="VENDOR")
    for vendor in _able(operation):
        vendors_.add_parser(vendor.id, help=as_help(printable(_summary(vendor, operation))), add_help=False)
    return parser


def _run_command(operation: Command, argv: list[str]) -> int:
    """``testruns trigger VENDOR ...``: the vendor's own command line is built only for the vendor named."""
    from ..vendors.registry import vendor_summary  # noqa: PLC0415

    if not argv or argv[0] in ("-h", "--help"):
        parser = _run_command_parser(operation)
        parser.show_help(stderr=not argv)
        return 0 if argv else 2
    try:
        vendor = vendor_summary(argv[0])
    except KeyError:
        parser = _run_command_parser(operation)
        given = "an option" if argv[0].startswith("-") else f"{argv[0]!r}"
        names = [v.id for v in _able(operation)]
        guess = "" if argv[0].startswith("-") else did_you_mean(argv[:1], names)
        parser.error(f"{given} is not a vendor that can {operation}{guess}; choose from: {', '.join(names)}")
    from .vendor import run_vendor_command  # noqa: PLC0415 - the vendor's client loads only here

    return run_vendor_command(vendor, operation, _summary(vendor, operation), argv[1:])


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in _RUN_COMMANDS:
        return _run_command(argv[0], argv[1:])
    parser = _root_parser()
    if not argv:
        parser.show_help(stderr=True)
        return 2
    values = parser.parse(argv)
    if values["command"] == "vendors":
        vendors(values["as_json"])
    elif values["command"] == "contract":
        return contract(values["vendors"], values["prism"])
    else:
        sandbox(values)
    return 0


def _fail(error: dict[str, Any], exit_code: int, as_json: bool, triggered: bool = False) -> int:
    """Say ``error``; ``triggered``: the command started a run (``trigger``), which a ``run_id`` then names."""
    error["message"] = redactor().text(error["message"])
    if as_json:
        print_json(error, stderr=True)
    else:
        say(f"error ({error['error']}): {error['message']}", stderr=True)
        if triggered and error.get("run_id") is not None:
            say(f"the vendor did start run {error['run_id']}: do not trigger it again", stderr=True)
    return exit_code


def _failure(kind: str, message: str, *, maybe_sent: bool = False) -> dict[str, Any]:
    return {"error": kind, "message": message, "vendor": None, "status": None, "maybe_sent": maybe_sent}


def run(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv``; returns the exit code instead of exiting."""
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    triggered = args[:1] == ["trigger"]  # a wait's or a status read's run id names a run it did not start
    try:
        return _dispatch(args)
    except MissingCredentialsError as error:
        # On the command line a key comes only from its variable: say that, not the Python API's api_keys=.
        data = error.to_dict()
        data["message"] = (
            f"{error.vendor}: no API key: set {error.variable} in the environment "
            "(keys are never options); to try it with no account, run `testruns sandbox` and use what it prints, "
            "or give --base-url a server of your own"
        )
        return _fail(data, error.exit_code, as_json)
    except TestRunsError as error:
        return _fail(error.to_dict(), error.exit_code, as_json, triggered)
    except Done as done:
        return done.code
    except KeyboardInterrupt:
        return 130
    except UsageError as error:
        if as_json:
            return _fail(_failure("UsageError", error.message), 2, as_json)
        say(f"{error.prog}: error: {error.message}", stderr=True)
        say(f"Try '{error.prog} --help' for help.", stderr=True)
        return 2
    except AfterTheRun as error:
        failure = _failure("OutputError", "the run was started but could not be shown", maybe_sent=True)
        return _fail({**failure, "run_id": error.run_id}, 1, as_json, triggered)
    except BrokenPipeError:
        # The reader went away (`testruns vendors | head -1`): nothing to report, but the output was cut short.
        # (After a vendor acted, the output's failure is AfterTheRun's, which names the run.)
        return 1
    except Exception as error:  # the last line of defence: no traceback, no secret
        return _fail(_failure(type(error).__name__, str(error), maybe_sent=True), 1, as_json)


def main() -> NoReturn:
    """Entry point of the ``testruns`` script (and ``python -m testruns``)."""
    status = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away after the last write (`testruns vendors | head -1`): the output was cut short,
        # which the status says; the interpreter's own flush at exit must not say it again on stderr
        # (the standard library's documented way: point stdout at devnull).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = status or 1
    sys.exit(status)
