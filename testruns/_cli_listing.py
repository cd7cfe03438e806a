"""``testruns vendors``: each vendor's operations, credential variables (and whether they are set) and regions.

Read from the vendor registry alone (the generated vendor modules). The listing is a block per vendor rather
than a table: a six-column table at 80 columns cut names and operations short ("LoadFo…"), and drawing it took
rich, 40-70 ms of a command that otherwise starts in well under 0.1 s. Ids and variable names, what a user
copies, are never broken.
"""

from __future__ import annotations

import os
import shutil
import textwrap
from typing import Any

from ._cli_output import print_json, say
from .text import printable

_LABEL = 14
"""Width of the labels' column, so every value starts at the same place."""


def vendor_rows() -> list[dict[str, Any]]:
    """Each vendor of the registry, as the JSON listing gives it."""
    from .vendors.registry import vendor_summaries  # noqa: PLC0415 - not for --help

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
        if number:
            say("")
        for line in lines:
            say(line)
