"""The ``testruns`` command: list vendors, trigger and cancel runs, from a terminal or a CI job.

Each vendor gets ``trigger`` (and ``cancel``) subcommands whose options come
from its generated request models. Every failure is one typed error: a line on
stderr (one JSON object with ``--json``) and the exit code its class stands
for, never a traceback.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from typer.core import TyperGroup

from . import _cli_options as options
from ._errors import ConfigurationError, TestRunsError, UnsupportedOperationError
from ._follow import FollowOptions, follow, status_json
from ._models import RunStatus, TriggeredRun
from ._polling import DEFAULT_POLL, DEFAULT_WAIT
from ._redact import Redactor
from ._retry import Operation
from ._shown import printable
from .manifest import VendorEntry, load_manifest

# What the command line can do with a run: the manifest's operations, and waiting (which reads status).
Command = Literal["trigger", "cancel", "status", "wait"]
JSON_OPTION = typer.Option("--json", help="Print one JSON object (errors: on stderr).")
JsonOption = Annotated[bool, JSON_OPTION]


def _console(stderr: bool = False) -> Any:
    from rich.console import Console  # noqa: PLC0415 - rich loads only when there is a table to show

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _say(text: str, *, stderr: bool = False) -> None:
    """One line of plain text: whatever a vendor put in it is printed as text, never as markup or escapes."""
    (sys.stderr if stderr else sys.stdout).write(printable(text) + "\n")


def _print_json(value: Any, *, stderr: bool = False) -> None:
    # ensure_ascii: every control character a vendor sent is written as an escape, never raw.
    stream = sys.stderr if stderr else sys.stdout
    stream.write(json.dumps(value, default=str) + "\n")


def _redactor() -> Redactor:
    """Masks every key the environment holds for any vendor."""
    return Redactor(_secrets())


def _raw_as_json(raw: Any) -> Any:
    return _redactor().data(raw.to_dict() if hasattr(raw, "to_dict") else raw)


def _show_run(run: TriggeredRun, operation: Operation, as_json: bool) -> None:
    try:
        if as_json:
            _print_json(
                {"vendor": run.vendor, "run_id": run.run_id, "status": run.status, "raw": _raw_as_json(run.raw)}
            )
            return
        done = "triggered" if operation == "trigger" else "cancelled"
        status = f" (status: {run.status})" if run.status else ""
        _say(f"{run.vendor}: run {run.run_id} {done}{status}")
    except Exception as error:
        # The vendor acted: whatever broke the output, the run id must reach the job's log.
        _say(
            f"{run.vendor}: run {run.run_id} {operation}ed, but showing it failed: {type(error).__name__}", stderr=True
        )
        raise _AfterTheRun(run.run_id) from None


class _AfterTheRun(Exception):
    """Showing a run failed after the vendor acted on it (exit 1; the run id was printed on stderr)."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        super().__init__(run_id)


def _show_request(request: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json({"dry_run": True, **request})
        return
    lines = [f"{request['method']} {request['url']}"]
    lines += [f"{name}: {value}" for name, value in request["headers"].items()]
    for line in lines:
        _say(line)
    if request["body"] is not None:
        sys.stdout.write(json.dumps(request["body"], indent=2) + "\n")
    _say("(dry run: nothing was sent)", stderr=True)


def _call_option(name: str, kind: type, default: Any, *decls: str, **option: Any) -> inspect.Parameter:
    """One of the options every vendor command shares."""
    hint: Any = kind if default is not None else kind | None
    return options.keyword_option(name, hint, default, typer.Option(*decls, **option))


def _duration(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return options.parse_duration(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _follow_options(for_trigger: bool) -> list[inspect.Parameter]:
    """The options of ``wait``, and of ``trigger`` with ``--wait``."""
    timeout = ("wait_timeout", "--wait-timeout") if for_trigger else ("timeout", "--timeout")
    found = [
        _call_option(
            timeout[0],
            str,
            None,
            timeout[1],
            metavar="DURATION",
            callback=_duration,
            help="How long to wait for the end (90, 45s, 30m, 1h30m; default 30m); then exit 11, the run left going.",
        ),
        _call_option(
            "poll",
            str,
            None,
            "--poll",
            metavar="DURATION",
            callback=_duration,
            help="Longest pause between status reads (default 10s; the first is 1 s, growing).",
        ),
        _call_option("junit", Path, None, "--junit", metavar="PATH", help="Write a JUnit XML report of the run."),
        _call_option(
            "cancel_on_interrupt",
            bool,
            False,
            "--cancel-on-interrupt",
            help="On Ctrl-C, cancel the run (where the vendor can) instead of leaving it going.",
        ),
    ]
    if for_trigger:
        found.insert(0, _call_option("wait", bool, False, "--wait", help="Then wait for the run to end (see `wait`)."))
    return found


def _follow_settings(values: dict[str, Any], timeout_key: str) -> FollowOptions:
    return FollowOptions(
        timeout=values[timeout_key] or DEFAULT_WAIT,
        poll=values["poll"] or DEFAULT_POLL,
        junit=values["junit"],
        cancel_on_interrupt=values["cancel_on_interrupt"],
        as_json=values["as_json"],
    )


def _show_status(status: RunStatus, as_json: bool) -> None:
    if as_json:
        _print_json(status_json(status, _redactor()))
        return
    word = f" (vendor state: {status.vendor_state})" if status.vendor_state not in (None, status.state) else ""
    message = f": {status.message}" if status.message else ""
    _say(f"{status.vendor}: run {status.run_id} {status.state}{word}{message}")


def _vendor_command(vendor: VendorEntry, operation: Command) -> Any:
    """The ``trigger`` / ``cancel`` / ``status`` / ``wait VENDOR`` command, its options from the request models."""
    from ._client import adapter_classes  # noqa: PLC0415 - imports the vendor's generated client

    adapter_class = adapter_classes(vendor.id)[0]
    fields = adapter_class.endpoint("status" if operation == "wait" else operation).fields()

    def command(**values: Any) -> int:
        from ._client import Client  # noqa: PLC0415

        as_json = values["as_json"]
        params = options.collect(fields, values, vendor.id)
        waiting = operation == "wait" or values.get("wait", False)
        if waiting and not values.get("dry_run"):
            adapter_class.endpoint("status")  # a vendor without one is refused before anything is sent
        client = Client(
            base_urls={vendor.id: values["base_url"]} if values["base_url"] else None,
            regions={vendor.id: values["region"]} if values["region"] else None,
            timeout=None if operation == "wait" else values["timeout"],
            max_retries=values["max_retries"],
        )
        with client:
            adapter = client.adapter(vendor.id)
            if values.get("dry_run"):
                _show_request(adapter.dry_run(operation, params), as_json)  # type: ignore[arg-type]
                return 0
            if operation == "status":
                _show_status(adapter.status_of(params), as_json)
                return 0
            if operation == "wait":
                follow_params = params
                settings = _follow_settings(values, "timeout")
            else:
                run = adapter.run(operation, params)
                if not waiting:
                    _show_run(run, operation, as_json)
                    return 0
                # The run id first, so a job stopped while waiting can be resumed with `testruns wait`.
                _announce_run(run, as_json)
                follow_params = {**run.scope, "run_id": run.run_id}
                settings = _follow_settings(values, "wait_timeout")
            return follow(adapter, follow_params, settings, name=vendor.name, say=_say, redactor=_redactor())

    regions_help = (
        f"One of: {', '.join(vendor.regions)} (default {vendor.default_region})."
        if len(vendor.regions) > 1
        else f"{vendor.name} has one server ({vendor.default_region})."
    )
    common = [
        options.keyword_option("as_json", bool, False, JSON_OPTION),
        _call_option("region", str, None, "--region", metavar="REGION", help=regions_help),
        _call_option(
            "base_url",
            str,
            None,
            "--base-url",
            metavar="URL",
            help=f"Replaces the whole server URL (or set {vendor.base_url_env}).",
        ),
        _call_option(
            "max_retries",
            int,
            None,
            "--max-retries",
            min=0,
            metavar="N",
            help="Retries where safe (default 2; 0: none).",
        ),
    ]
    if operation != "wait":
        common[1:1] = [
            _call_option(
                "dry_run", bool, False, "--dry-run", help="Print the exact request (secret masked); send nothing."
            ),
        ]
        common.append(
            _call_option(
                "timeout",
                float,
                None,
                "--timeout",
                min=0.001,
                metavar="SECONDS",
                help="Read timeout in seconds (default 30; connect 5).",
            )
        )
    if operation in ("wait", "trigger"):
        common += _follow_options(for_trigger=operation == "trigger")
    operation_id = vendor.operation_ids["status" if operation == "wait" else operation]
    keys = " and ".join(vendor.auth.variables)
    doing = "wait for a run to end" if operation == "wait" else f"{operation} a run"
    command.__doc__ = f"{vendor.name}: {doing} ({operation_id}). The API key comes from {keys}."
    return options.with_parameters(command, [options.parameter(field) for field in fields] + common)


def _announce_run(run: TriggeredRun, as_json: bool) -> None:
    """The triggered run's id, at once: on stdout in plain mode, as a JSON notice on stderr with ``--json``."""
    if as_json:
        _print_json({"notice": f"{run.vendor}: run {run.run_id} triggered", "run_id": run.run_id}, stderr=True)
    else:
        _show_run(run, "trigger", as_json)
    sys.stdout.flush()


def _unsupported_command(vendor: VendorEntry, operation: Command) -> Any:
    needed = "status" if operation == "wait" else operation

    def command() -> None:
        raise UnsupportedOperationError(
            f"{vendor.id}: the vendor has no {needed} operation (it has: {', '.join(vendor.operations)})",
            vendor=vendor.id,
            field=None,
        )

    command.__doc__ = f"{vendor.name} has no {needed} operation."
    return command


# The unsupported command accepts anything, so the answer is always "this vendor cannot do that".
_ANY_ARGS = {"ignore_unknown_options": True, "allow_extra_args": True}


def vendors(as_json: JsonOption = False) -> None:
    """Each vendor: its operations, its credential variable and whether it is set, its regions."""
    rows: list[dict[str, Any]] = [
        {
            "id": vendor.id,
            "name": vendor.name,
            "operations": list(vendor.operations),
            "credential": {
                "variables": list(vendor.auth.variables),
                "set": all(os.environ.get(variable, "").strip() for variable in vendor.auth.variables),
            },
            "regions": vendor.regions,
            "default_region": vendor.default_region,
            "base_url_override": vendor.base_url_env if os.environ.get(vendor.base_url_env) else None,
        }
        for vendor in load_manifest().vendors
    ]
    if as_json:
        _print_json({"vendors": rows})
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

    def list_commands(self, ctx: Any) -> list[str]:
        return list(load_manifest().ids)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        try:
            vendor = load_manifest().vendor(cmd_name)
        except KeyError:
            return None
        single = typer.Typer(rich_markup_mode=None, add_completion=False)
        needed = "status" if self.operation == "wait" else self.operation
        if needed in vendor.operations:
            single.command(vendor.id)(_vendor_command(vendor, self.operation))
        else:
            single.command(vendor.id, hidden=True, context_settings=_ANY_ARGS)(
                _unsupported_command(vendor, self.operation)
            )
        return typer.main.get_command(single)


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

        _say(f"testruns {__version__}")
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


def _secrets() -> list[str]:
    try:
        variables = [variable for vendor in load_manifest().vendors for variable in vendor.auth.variables]
    except TestRunsError:
        return []
    return [value for name in variables if (value := os.environ.get(name, "").strip())]


def _fail(error: dict[str, Any], exit_code: int, as_json: bool) -> int:
    redactor = _redactor()
    error["message"] = redactor.text(error["message"])
    if as_json:
        _print_json(error, stderr=True)
    else:
        _say(f"error ({error['error']}): {error['message']}", stderr=True)
        if error.get("run_id") is not None:
            _say(f"the vendor did start run {error['run_id']}: do not trigger it again", stderr=True)
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
    except _AfterTheRun as error:
        failure = _failure("OutputError", "the run was started but could not be shown", maybe_sent=True)
        return _fail({**failure, "run_id": error.run_id}, 1, as_json)
    except Exception as error:  # the last line of defence: no traceback, no secret
        return _fail(_failure(type(error).__name__, str(error), maybe_sent=True), 1, as_json)


def main() -> None:
    """Entry point of the ``testruns`` script."""
    sys.exit(run())
