"""The ``testruns`` command: list vendors, trigger and cancel runs, from a terminal or a CI job.

Each vendor gets ``trigger`` (and ``cancel``) subcommands whose options come
from its generated request models. Every failure is one typed error: a line on
stderr (one JSON object with ``--json``) and the exit code its class stands
for, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from ._cli_commands import Command, needed_operation
from ._cli_output import JSON_OPTION, AfterTheRun, JsonOption, print_json, redactor, say
from ._errors import ConfigurationError, TestRunsError
from ._shown import printable

if TYPE_CHECKING:
    from ._catalog import VendorSummary

__all__ = ["JSON_OPTION", "build_app", "main", "run"]


def _console(stderr: bool = False) -> Any:
    from rich.console import Console  # noqa: PLC0415 - rich loads only when there is a table to show

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def vendors(as_json: JsonOption = False) -> None:
    """Each vendor: its operations, its credential variable and whether it is set, its regions."""
    from ._catalog import vendor_summaries  # noqa: PLC0415 - not for --help

    rows: list[dict[str, Any]] = [
        {
            "id": vendor.id,
            "name": vendor.name,
            "operations": list(vendor.operations),
            "credential": {
                "variables": list(vendor.variables),
                "set": all(os.environ.get(variable, "").strip() for variable in vendor.variables),
            },
            "regions": dict(vendor.regions),
            "default_region": vendor.default_region,
            "base_url_override": vendor.base_url_env if os.environ.get(vendor.base_url_env) else None,
        }
        for vendor in vendor_summaries()
    ]
    if as_json:
        print_json({"vendors": rows})
        return
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    table = Table()
    # Ids and variable names are what a user copies: never wrapped, whatever the width.
    table.add_column("vendor", no_wrap=True)
    table.add_column("name")
    table.add_column("operations")
    table.add_column("credential", no_wrap=True)
    table.add_column("set", no_wrap=True)
    table.add_column("regions (* default)")
    for row in rows:
        regions = ", ".join(f"{name}*" if name == row["default_region"] else name for name in row["regions"])
        if row["base_url_override"]:
            regions += f" (overridden by {row['base_url_override']})"
        is_set = Text("yes", style="green") if row["credential"]["set"] else Text("no", style="red")
        texts = [row["id"], row["name"], ", ".join(row["operations"]), "\n".join(row["credential"]["variables"])]
        table.add_row(*(Text(printable(text)) for text in texts), is_set, Text(printable(regions)))
    _console().print(table)


def sandbox(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on; 0 picks a free one.")] = 0,
    queued_seconds: Annotated[float, typer.Option(min=0, help="How long a new run stays queued.")] = 1.0,
    running_seconds: Annotated[float, typer.Option(min=0, help="How long a run then runs until finished.")] = 5.0,
    max_runs: Annotated[int, typer.Option(min=1, help="Runs kept; the oldest are forgotten first.")] = 10_000,
    key: Annotated[
        str, typer.Option(help="The only key accepted; any other gets the vendor's 401.", metavar="KEY")
    ] = "sandbox-key",
    as_json: Annotated[bool, typer.Option("--json", help="Print the URLs and variables as one JSON object.")] = False,
) -> None:
    """Serve a local, stateful stand-in for every vendor, checked against their specs, until Ctrl-C.

    Each vendor is under /<vendor> followed by its own server path. The printed
    export lines point the facade and this command at it; /_sandbox is the
    control API (faults, the request log, runs).
    """
    try:
        from .sandbox._command import serve  # noqa: PLC0415 - openapi-core and uvicorn load only here
    except ImportError as error:
        raise ConfigurationError(str(error)) from None
    serve(
        host=host,
        port=port,
        queued_seconds=queued_seconds,
        running_seconds=running_seconds,
        max_runs=max_runs,
        key=key,
        as_json=as_json,
    )


class _VendorGroup(TyperGroup):
    """``trigger`` / ``cancel`` / ``status`` / ``wait``: one subcommand per vendor, built only when used."""

    operation: Command = "trigger"

    @property
    def _needed(self) -> str:
        return needed_operation(self.operation)

    def _able(self) -> list[VendorSummary]:
        from ._catalog import vendor_summaries  # noqa: PLC0415

        return [vendor for vendor in vendor_summaries() if self._needed in vendor.operations]

    def _summary(self, vendor: VendorSummary) -> str:
        operation_id = vendor.operation_ids.get(self._needed)
        if operation_id is None:
            return f"{vendor.name} has no {self._needed} operation."
        doing = "wait for a run to end" if self.operation == "wait" else f"{self.operation} a run"
        return f"{vendor.name}: {doing} ({operation_id})."

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # From the catalog alone: listing six vendors must not import six generated clients, nor pydantic.
        rows = [(vendor.id, self._summary(vendor)) for vendor in self._able()]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def list_commands(self, ctx: Any) -> list[str]:
        from ._catalog import vendor_summaries  # noqa: PLC0415

        return [vendor.id for vendor in vendor_summaries()]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        from ._catalog import vendor_summary  # noqa: PLC0415
        from ._cli_vendor import vendor_command  # noqa: PLC0415 - the vendor's client loads only here

        try:
            vendor = vendor_summary(cmd_name)
        except KeyError:
            return None
        return vendor_command(vendor, self.operation, self._summary(vendor))


class _TriggerGroup(_VendorGroup):
    operation = "trigger"


class _CancelGroup(_VendorGroup):
    operation = "cancel"


class _StatusGroup(_VendorGroup):
    operation = "status"


class _WaitGroup(_VendorGroup):
    operation = "wait"


def _version(shown: bool) -> None:
    if shown:
        from . import __version__  # noqa: PLC0415

        say(f"testruns {__version__}")
        raise typer.Exit(0)


def build_app() -> typer.Typer:
    """The command tree: ``vendors``, and ``trigger``/``cancel`` with one subcommand per vendor of the manifest."""
    app = typer.Typer(
        name="testruns",
        help="Trigger, follow and cancel test runs on any testing vendor with one call shape.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # vendors' descriptions are shown as written, never read as markup
    )

    @app.callback()
    def root(
        version: Annotated[
            bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
        ] = False,
    ) -> None:
        """Trigger, follow and cancel test runs on any testing vendor with one call shape."""

    app.command("vendors")(vendors)
    app.command("sandbox")(sandbox)
    for name, group, help_ in [
        ("trigger", _TriggerGroup, "Trigger a test run on a vendor (with --wait: and follow it to its end)."),
        ("cancel", _CancelGroup, "Cancel a test run, where the vendor allows it."),
        ("status", _StatusGroup, "Read a test run's state once, where the vendor has a status operation."),
        ("wait", _WaitGroup, "Wait for a test run to end; the exit code says how it ended (0, 9, 10, 11)."),
    ]:
        app.add_typer(typer.Typer(cls=group, no_args_is_help=True, rich_markup_mode=None), name=name, help=help_)
    return app


def _fail(error: dict[str, Any], exit_code: int, as_json: bool) -> int:
    error["message"] = redactor().text(error["message"])
    if as_json:
        print_json(error, stderr=True)
    else:
        say(f"error ({error['error']}): {error['message']}", stderr=True)
        if error.get("run_id") is not None:
            say(f"the vendor did start run {error['run_id']}: do not trigger it again", stderr=True)
    return exit_code


def _failure(kind: str, message: str, *, maybe_sent: bool = False) -> dict[str, Any]:
    return {"error": kind, "message": message, "vendor": None, "status": None, "maybe_sent": maybe_sent}


class _JsonNotice(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"notice": record.getMessage()})


@contextlib.contextmanager
def _retries_on_stderr(as_json: bool) -> Iterator[None]:
    """Each retry's wait is one line on stderr, a JSON object with ``--json`` (unless TESTRUNS_LOG logs it all)."""
    if os.environ.get("TESTRUNS_LOG", "").strip():
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonNotice() if as_json else logging.Formatter("testruns: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("testruns")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(previous or logging.INFO, logging.INFO))
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def run(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv``; returns the exit code instead of exiting."""
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    try:
        with _retries_on_stderr(as_json):
            command = typer.main.get_command(build_app())
            result = command.main(args=args, prog_name="testruns", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except TestRunsError as error:
        return _fail(error.to_dict(), error.exit_code, as_json)
    except typer.Exit as done:
        return int(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        return 130
    except typer.TyperException as error:  # typer's (vendored click's) usage errors
        code = int(getattr(error, "exit_code", 2))
        if as_json:
            message = error.format_message() if hasattr(error, "format_message") else str(error)
            return _fail(_failure("UsageError", message), code, as_json)
        error.show() if hasattr(error, "show") else print(error, file=sys.stderr)
        return code
    except AfterTheRun as error:
        failure = _failure("OutputError", "the run was started but could not be shown", maybe_sent=True)
        return _fail({**failure, "run_id": error.run_id}, 1, as_json)
    except Exception as error:  # the last line of defence: no traceback, no secret
        return _fail(_failure(type(error).__name__, str(error), maybe_sent=True), 1, as_json)


def main() -> None:
    """Entry point of the ``testruns`` script."""
    sys.exit(run())
