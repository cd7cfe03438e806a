"""Everything the command prints, in one place: plain lines and JSON objects, with every key masked.

A run, a status, a dry run's request, the vendor listing, errors, and the ``testruns`` logger's notices (a
retry's wait, a long wait) on stderr. Vendor text is printed as text, never as markup or terminal control.
Kept apart from the commands so ``testruns --help`` and ``testruns vendors`` load nothing of a vendor.

The vendor listing is a block per vendor rather than a table: a six-column table at 80 columns cut names and
operations short ("LoadFo…"), and drawing it took rich, 40-70 ms of a command that otherwise starts in well
under 0.1 s. Ids and variable names, what a user copies, are never broken.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._errors import TestRunsError
from ..http.redact import Redactor
from ..text import printable

if TYPE_CHECKING:
    from .._models import RunStatus, TriggeredRun
    from ..http.retry import Operation
    from .parser import Options


def add_json_option(options: Options) -> None:
    """``--json``, which every command has: its value is ``as_json``."""
    options.add_argument(
        "--json", dest="as_json", action="store_true", help="Print one JSON object (errors: on stderr)."
    )


def say(text: str, *, stderr: bool = False) -> None:
    """One line of plain text: whatever a vendor put in it is printed as text, never as markup or escapes."""
    (sys.stderr if stderr else sys.stdout).write(printable(text) + "\n")


def print_json(value: Any, *, stderr: bool = False) -> None:
    """One JSON object on a line; every control character a vendor sent is written as an escape, never raw."""
    stream = sys.stderr if stderr else sys.stdout
    stream.write(json.dumps(value, default=str) + "\n")


def secrets() -> list[str]:
    """Every key the environment holds for any vendor of the manifest."""
    from ..vendors.registry import vendor_summaries  # noqa: PLC0415 - read only when there is something to mask

    try:
        variables = [variable for vendor in vendor_summaries() for variable in vendor.variables]
    except TestRunsError:
        return []
    return [value for name in variables if (value := os.environ.get(name, "").strip())]


def redactor() -> Redactor:
    """Masks every key the environment holds for any vendor."""
    return Redactor(secrets())


def raw_as_json(raw: Any) -> Any:
    """A vendor's answer (a generated model or plain data) as JSON data, keys masked."""
    return redactor().data(raw.to_dict() if hasattr(raw, "to_dict") else raw)


class AfterTheRun(Exception):
    """Showing a run failed after the vendor acted on it (exit 1; the run id was printed on stderr)."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        super().__init__(run_id)


def show_run(run: TriggeredRun, operation: Operation, as_json: bool) -> None:
    """A triggered or cancelled run: a line, or one JSON object; if showing it fails, its id still reaches stderr."""
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


def show_request(request: dict[str, Any], as_json: bool) -> None:
    """A dry run's request: its lines (method and URL, query, headers) and JSON body, or one JSON object."""
    if as_json:
        print_json({"dry_run": True, **request})
        return
    lines = [f"{request['method']} {request['url']}"]
    lines += [f"query {name}={value}" for name, value in request.get("query", {}).items()]
    lines += [f"{name}: {value}" for name, value in request["headers"].items()]
    for line in lines:
        say(line)
    if request["body"] is not None:
        sys.stdout.write(json.dumps(request["body"], indent=2) + "\n")
    say("(dry run: nothing was sent)", stderr=True)


def show_status(status: RunStatus, as_json: bool) -> None:
    """One status read: a line, or one JSON object."""
    from .follow import status_json  # noqa: PLC0415 - with the status's JSON shape

    if as_json:
        print_json(status_json(status))
        return
    word = f" (vendor state: {status.vendor_state})" if status.vendor_state not in (None, status.state) else ""
    message = f": {status.message}" if status.message else ""
    say(f"{status.vendor}: run {status.run_id} {status.state}{word}{message}")


def announce_run(run: TriggeredRun, as_json: bool) -> None:
    """The triggered run's id, at once: on stdout in plain mode, as a JSON notice on stderr with ``--json``."""
    if as_json:
        print_json({"notice": f"{run.vendor}: run {run.run_id} triggered", "run_id": run.run_id}, stderr=True)
    else:
        show_run(run, "trigger", as_json)
    sys.stdout.flush()


_LABEL = 14
"""Width of the labels' column, so every value starts at the same place."""


def vendor_rows() -> list[dict[str, Any]]:
    """Each vendor of the registry, as the JSON listing gives it."""
    from ..vendors.registry import vendor_source, vendor_summaries  # noqa: PLC0415 - not for --help

    return [
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
            "source": dataclasses.asdict(vendor_source(vendor.id)) | {"text": str(vendor_source(vendor.id))},
        }
        for vendor in vendor_summaries()
    ]


def _lines(label: str | None, value: str, width: int) -> list[str]:
    """``label`` then ``value``, wrapped at spaces to ``width``, later lines under the value's start.

    Without a label: the vendor's heading, flush left.
    """
    first = "" if label is None else f"  {label}".ljust(_LABEL)
    return textwrap.wrap(
        printable(value),
        max(width, _LABEL + 20),
        initial_indent=first,
        subsequent_indent=" " * (4 if label is None else _LABEL),
        break_long_words=False,
        break_on_hyphens=False,
    )


def show_vendors(as_json: bool) -> None:
    """Print the listing: one JSON object with ``as_json``, else a block of lines per vendor."""
    rows = vendor_rows()
    if as_json:
        print_json({"vendors": rows})
        return
    import shutil  # noqa: PLC0415 - it loads bz2 and lzma; only the listing needs the terminal's width

    width = shutil.get_terminal_size().columns
    for number, row in enumerate(rows):
        regions = ", ".join(f"{name} (default)" if name == row["default_region"] else name for name in row["regions"])
        if row["base_url_override"]:
            regions += f"; overridden by {row['base_url_override']}"
        credential = row["credential"]
        lines = _lines(None, f"{row['id']}: {row['name']}", width)
        lines += _lines("operations", ", ".join(row["operations"]), width)
        is_set = "(set)" if credential["set"] else "(not set)"
        lines += _lines("credential", f"{' and '.join(credential['variables'])} {is_set}", width)
        lines += _lines("regions", regions, width)
        lines += _lines("from", row["source"]["text"], width)
        if number:
            say("")
        for line in lines:
            say(line)


@contextlib.contextmanager
def notices_on_stderr(as_json: bool) -> Iterator[None]:
    """Each notice is one line on stderr, a JSON object with ``--json`` (unless TESTRUNS_LOG logs it all)."""
    if os.environ.get("TESTRUNS_LOG", "").strip():
        yield
        return
    import logging  # noqa: PLC0415 - only a command that sends or serves has notices; --help spares the import

    class JsonNotice(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return json.dumps({"notice": record.getMessage()})

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonNotice() if as_json else logging.Formatter("testruns: %(message)s"))
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
