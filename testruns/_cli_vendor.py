"""The per-vendor commands: ``trigger`` / ``cancel`` / ``status`` / ``wait VENDOR``.

Each one's options come from the vendor's generated facade (its ``InputField``s), so this module (and with
it the vendor's client and httpx) is imported only when such a command is run or asked for help.
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from . import _cli_options as options
from ._catalog import VendorSummary
from ._cli_commands import Command, needed_operation
from ._cli_output import JSON_OPTION, AfterTheRun, print_json, raw_as_json, say
from ._errors import UnsupportedOperationError
from ._models import RunStatus, TriggeredRun
from ._polling import DEFAULT_POLL, DEFAULT_WAIT
from ._retry import Operation

if TYPE_CHECKING:
    from ._follow import FollowOptions

# The unsupported command accepts anything, so the answer is always "this vendor cannot do that".
_ANY_ARGS = {"ignore_unknown_options": True, "allow_extra_args": True}


def _show_run(run: TriggeredRun, operation: Operation, as_json: bool) -> None:
    try:
        if as_json:
            print_json({"vendor": run.vendor, "run_id": run.run_id, "status": run.status, "raw": raw_as_json(run.raw)})
            return
        done = "triggered" if operation == "trigger" else "cancelled"
        status = f" (status: {run.status})" if run.status else ""
        say(f"{run.vendor}: run {run.run_id} {done}{status}")
    except Exception as error:
        # The vendor acted: whatever broke the output, the run id must reach the job's log.
        say(f"{run.vendor}: run {run.run_id} {operation}ed, but showing it failed: {type(error).__name__}", stderr=True)
        raise AfterTheRun(run.run_id) from None


def _show_request(request: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json({"dry_run": True, **request})
        return
    lines = [f"{request['method']} {request['url']}"]
    lines += [f"{name}: {value}" for name, value in request["headers"].items()]
    for line in lines:
        say(line)
    if request["body"] is not None:
        sys.stdout.write(json.dumps(request["body"], indent=2) + "\n")
    say("(dry run: nothing was sent)", stderr=True)


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
    from ._follow import FollowOptions  # noqa: PLC0415 - waiting (and its reports) loads only to wait

    return FollowOptions(
        timeout=values[timeout_key] or DEFAULT_WAIT,
        poll=values["poll"] or DEFAULT_POLL,
        junit=values["junit"],
        cancel_on_interrupt=values["cancel_on_interrupt"],
        as_json=values["as_json"],
    )


def _show_status(status: RunStatus, as_json: bool) -> None:
    from ._follow import status_json  # noqa: PLC0415

    if as_json:
        print_json(status_json(status))
        return
    word = f" (vendor state: {status.vendor_state})" if status.vendor_state not in (None, status.state) else ""
    message = f": {status.message}" if status.message else ""
    say(f"{status.vendor}: run {status.run_id} {status.state}{word}{message}")


def _vendor_command(vendor: VendorSummary, operation: Command, summary: str) -> Any:
    """The ``trigger`` / ``cancel`` / ``status`` / ``wait VENDOR`` command, its options from the facade."""
    from ._client import adapter_classes  # noqa: PLC0415 - imports the vendor's generated client

    adapter_class = adapter_classes(vendor.id)[0]
    fields = adapter_class.endpoint(needed_operation(operation)).fields()

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
            from ._follow import follow  # noqa: PLC0415

            return follow(adapter, follow_params, settings, name=vendor.name)

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
    keys = " and ".join(vendor.variables)
    command.__doc__ = f"{summary} The API key comes from {keys}."
    return options.with_parameters(command, [options.parameter(field) for field in fields] + common)


def _announce_run(run: TriggeredRun, as_json: bool) -> None:
    """The triggered run's id, at once: on stdout in plain mode, as a JSON notice on stderr with ``--json``."""
    if as_json:
        print_json({"notice": f"{run.vendor}: run {run.run_id} triggered", "run_id": run.run_id}, stderr=True)
    else:
        _show_run(run, "trigger", as_json)
    sys.stdout.flush()


def _unsupported_command(vendor: VendorSummary, needed: str, summary: str) -> Any:
    def command() -> None:
        raise UnsupportedOperationError(
            f"{vendor.id}: the vendor has no {needed} operation (it has: {', '.join(vendor.operations)})",
            vendor=vendor.id,
            field=None,
        )

    command.__doc__ = summary
    return command


def vendor_command(vendor: VendorSummary, operation: Command, summary: str) -> Any:
    """The click command for ``operation`` on ``vendor`` (``summary`` opens its help), or one that refuses."""
    single = typer.Typer(rich_markup_mode=None, add_completion=False)
    needed = needed_operation(operation)
    if needed in vendor.operations:
        single.command(vendor.id)(_vendor_command(vendor, operation, summary))
    else:
        single.command(vendor.id, hidden=True, context_settings=_ANY_ARGS)(
            _unsupported_command(vendor, needed, summary)
        )
    return typer.main.get_command(single)
