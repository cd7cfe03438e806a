"""Ending a command's process at once, once its work is done: the interpreter's teardown is not free.

At exit the interpreter frees every object of httpx and (in the generator) pydantic one by one:
60-90 ms of a 0.3 s ``testruns`` command, and about 0.1 s of a small generation, spent after the output was
complete. mypy ends its process the same way. By the time a command returns, its files are closed, its
scratch folders removed and its threads stopped; what is left is buffered output, flushed here.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def exit_now(status: int) -> NoReturn:
    """Flush stdout, stderr and every log handler, then end the process with ``status``."""
    logging = sys.modules.get("logging")  # loaded by whatever logs; a command that logged nothing spares it
    if logging is not None:
        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            # The reader went away (`testruns vendors | head -1`): what was not shown is a failure,
            # as the interpreter's own final flush would make it.
            status = status or 1
    os._exit(status)
