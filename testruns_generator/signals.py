"""Ctrl-C and SIGTERM in the generator: held back while it does what they must not cut short, or ignored."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


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


def become_worker(parent: int) -> None:
    """A forked worker's first step: leave signals to ``parent``, and end with it.

    A worker waits for tasks on a pipe its parent feeds: were the parent killed (SIGKILL, a crash), the worker
    would wait forever, holding the parent's stdout and stderr open, so whoever reads them (a CI step, a shell
    pipe) would wait too. On Linux the kernel kills it when the parent ends; a parent gone already (before this
    ran) ends it at once.
    """
    ignore_signals()
    if sys.platform == "linux":
        import ctypes  # noqa: PLC0415 - workers only

        with contextlib.suppress(OSError, AttributeError):  # where prctl cannot be reached, it is done without
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
