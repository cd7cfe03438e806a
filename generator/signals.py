"""Ctrl-C and SIGTERM in the generator: held back while it does what they must not cut short, or ignored."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back for the block, then delivered: a cleanup they cut short left a mess."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def ignore_signals() -> None:
    """Ctrl-C and SIGTERM ignored from now on: in a worker (only the generator's own process handles them), or
    once the command has stopped and cleaned up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
