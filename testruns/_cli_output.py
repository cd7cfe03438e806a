"""What the command prints: plain lines and JSON objects, with every key the environment holds masked.

Kept apart from the commands so ``testruns --help`` and ``testruns vendors`` load nothing of a vendor.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

from ._errors import TestRunsError
from .http.redact import Redactor
from .text import printable

if TYPE_CHECKING:
    from ._cli_parser import Options


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
    from .vendors.registry import vendor_summaries  # noqa: PLC0415 - read only when there is something to mask

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
