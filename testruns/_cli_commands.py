"""The command line's run commands and the manifest operation each one uses, known without loading a vendor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .http.retry import Operation

Command = Literal["trigger", "cancel", "status", "wait"]
"""What the command line can do with a run: the manifest's operations, and waiting."""


def needed_operation(command: Command) -> Operation:
    """The manifest operation ``command`` calls: waiting reads the status."""
    return "status" if command == "wait" else command
