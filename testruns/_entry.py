"""The ``testruns`` command's entry point: only what a command needs is imported, and nothing more.

httpx imports its own command line (``httpx._main``: click, rich and pygments, about 35 ms) whenever
they are installed, and they are. httpx falls back quietly when that import fails, so the command
marks it as absent before anything imports httpx; a library caller's ``import httpx`` is untouched.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the ``testruns`` command."""
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    from .cli import main as run_command  # noqa: PLC0415 - after the line above, by design

    run_command()
