"""The per-vendor commands: ``trigger`` / ``cancel`` / ``status`` / ``wait VENDOR``.

Each one's options come from the vendor's generated facade (its ``InputField``s), so this module (and with
it the vendor's client and httpx) is imported only when such a command is run or asked for help.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import InvalidInputError, UnsupportedOperationError
from ..http.retry import MAX_TIMEOUT
from ..runs.adapter import InputField, VendorAdapter
from ..runs.polling import DEFAULT_POLL, DEFAULT_WAIT
from ..vendors.registry import VendorSummary
from . import options as options_
from .commands import Command, needed_operation
from .output import add_json_option, announce_run, say, show_request, show_run, show_status
from .parser import Options, Parser, UsageError, add_option, bounded, checked

if TYPE_CHECKING:
    from .follow import FollowOptions


def _add_follow_options(options: Options, for_trigger: bool) -> None:
    """The options of ``wait``, and of ``trigger`` with ``--wait``."""
    if for_trigger:
        options.add_argument("--wait", action="store_true", help="Then wait for the run to end (see `wait`).")
    duration = checked(options_.parse_duration)
    options.add_argument(
        "--wait-timeout" if for_trigger else "--timeout",
        dest="wait_timeout" if for_trigger else "timeout",
        type=duration,
        metavar="DURATION",
        help="How long to wait for the end (90, 45s, 30m, 1h30m; default 30m); then exit 11, the run left going.",
    )
    options.add_argument(
        "--poll",
        type=checked(options_.parse_poll),
        metavar="DURATION",
        help="Longest pause between status reads (default 10s, at least 50ms; the first is 1 s, growing).",
    )
    options.add_argument(
        "--junit",
        type=checked(options_.report_path),
        metavar="PATH",
        help="Write a JUnit XML report of the run (its folder must exist; checked before anything is sent).",
    )
    options.add_argument(
        "--cancel-on-interrupt",
        action="store_true",
        help="On Ctrl-C, cancel the run (where the vendor can) instead of leaving it going.",
    )


# What only a followed trigger uses.
_WAIT_ONLY = ("junit", "wait_timeout", "poll", "cancel_on_interrupt")


def _follow_settings(values: dict[str, Any], timeout_key: str) -> FollowOptions:
    from .follow import FollowOptions  # noqa: PLC0415 - waiting (and its reports) loads only to wait

    return FollowOptions(
        timeout=values[timeout_key] or DEFAULT_WAIT,
        poll=values["poll"] or DEFAULT_POLL,
        junit=values["junit"],
        cancel_on_interrupt=values["cancel_on_interrupt"],
        as_json=values["as_json"],
    )


def _parser(vendor: VendorSummary, operation: Command, summary: str, fields: list[InputField]) -> Parser:
    """The ``trigger`` / ``cancel`` / ``status`` / ``wait VENDOR`` command line: the vendor's fields, then ours."""
    keys = " and ".join(vendor.variables)
    parser = Parser(f"testruns {operation} {vendor.id}", f"{summary} The API key comes from {keys}.")
    own = parser.add_argument_group(f"{vendor.name}'s parameters")
    for field in fields:
        options_.add_field(own, field)
    shared = parser.add_argument_group("options of every vendor")
    add_json_option(shared)
    if operation != "wait":
        shared.add_argument(
            "--dry-run", action="store_true", help="Print the exact request (secret masked); send nothing."
        )
    regions_help = (
        f"One of: {', '.join(vendor.regions)} (default {vendor.default_region})."
        if len(vendor.regions) > 1
        else f"{vendor.name} has one server ({vendor.default_region})."
    )
    add_option(shared, "--region", metavar="REGION", help=regions_help)
    add_option(
        shared, "--base-url", metavar="URL", help=f"Replaces the whole server URL (or set {vendor.base_url_env})."
    )
    shared.add_argument(
        "--max-retries", type=bounded(int, 0), metavar="N", help="Retries where safe (default 2; 0: none)."
    )
    if operation != "wait":
        shared.add_argument(
            "--timeout",
            type=bounded(float, 0.001, MAX_TIMEOUT),
            metavar="SECONDS",
            help="Seconds the whole answer may take, each attempt (default 30; connecting at most 5).",
        )
    if operation in ("wait", "trigger"):
        _add_follow_options(shared, for_trigger=operation == "trigger")
    return parser


def _execute(
    vendor: VendorSummary,
    operation: Command,
    adapter_class: type[VendorAdapter],
    fields: list[InputField],
    values: dict[str, Any],
) -> int:
    """Carry out the command with the options ``values`` holds (``fields``: ``adapter_class``'s, for it)."""
    as_json = values["as_json"]
    if operation == "trigger" and not values["wait"]:
        given = [f"--{name.replace('_', '-')}" for name in _WAIT_ONLY if values.get(name)]
        if given:  # a report asked for but never written would pass a CI job that looked for it
            raise UsageError(f"{', '.join(given)} goes with --wait", f"testruns trigger {vendor.id}")
    params = options_.collect(fields, values, vendor.id)
    # An empty --base-url or --region is not given: the variable or the default applies, sent or not.
    base_url, region = values["base_url"] or None, values["region"] or None
    if values.get("dry_run"):
        # No client: a dry run sends nothing, so it needs no connection (nor httpx, where the request is plain).
        from ..http.target import Target  # noqa: PLC0415

        target = Target(vendor, base_url=base_url, region=region)
        show_request(adapter_class.describe(target, operation, params), as_json)  # type: ignore[arg-type]
        return 0
    from ..runs.client import Client  # noqa: PLC0415

    waiting = operation == "wait" or values.get("wait", False)
    if waiting:
        adapter_class.endpoint("status")  # a vendor without one is refused before anything is sent
    client = Client(
        base_urls=None if base_url is None else {vendor.id: base_url},
        regions=None if region is None else {vendor.id: region},
        timeout=None if operation == "wait" else values["timeout"],
        max_retries=values["max_retries"],
    )
    from .output import notices_on_stderr  # noqa: PLC0415 - only a command that sends has notices

    with client, notices_on_stderr(as_json):
        adapter = client.adapter(vendor.id)
        if operation == "status":
            show_status(adapter.status_of(params), as_json)
            return 0
        if operation == "wait":
            follow_params = params
            settings = _follow_settings(values, "timeout")
        else:
            run = adapter.run(operation, params)
            if not waiting:
                show_run(run, operation, as_json)
                return 0
            # The run id first, so a job stopped while waiting can be resumed with `testruns wait`.
            announce_run(run, as_json)
            follow_params = {**run.scope, "run_id": run.run_id}
            settings = _follow_settings(values, "wait_timeout")
        from .follow import follow  # noqa: PLC0415

        return follow(adapter, follow_params, settings, name=vendor.name)


def run_vendor_command(vendor: VendorSummary, operation: Command, summary: str, argv: list[str]) -> int:
    """Run ``operation`` on ``vendor`` with the rest of the command line; ``summary`` opens its help.

    A vendor without the operation is refused whatever else was typed, so the answer is always
    "this vendor cannot do that", never a complaint about an option.
    """
    needed = needed_operation(operation)
    if needed not in vendor.operations:
        if "--help" in argv or "-h" in argv:
            say(summary)
            return 0
        raise UnsupportedOperationError(
            f"{vendor.id}: the vendor has no {needed} operation (it has: {', '.join(vendor.operations)})",
            vendor=vendor.id,
            field=None,
        )
    from ..runs.adapter import facade_classes  # noqa: PLC0415 - imports the vendor's generated client

    adapter_class = facade_classes(vendor.id, vendor.package)[0]
    fields = adapter_class.endpoint(needed).fields()
    values = _parser(vendor, operation, summary, fields).parse(argv)
    try:
        return _execute(vendor, operation, adapter_class, fields, values)
    except InvalidInputError as error:
        raise options_.in_option_words(error, fields) from None
