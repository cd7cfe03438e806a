"""The ``testruns`` command's entry point: only what a command needs is imported, and nothing more.

httpx imports its own command line (``httpx._main``: click, rich and pygments, about 35 ms) whenever
they are installed, and they are. httpx falls back quietly when that import fails, so the command
marks it as absent before anything imports httpx; a library caller's ``import httpx`` is untouched.
"""

from __future__ import annotations

import sys
from typing import NoReturn

from ._exit import exit_now


def main() -> NoReturn:
    """Run the ``testruns`` command, then end the process at once (see ``_exit``)."""
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    from .cli import run  # noqa: PLC0415 - after the line above, by design

    exit_now(run())
