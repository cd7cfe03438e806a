"""One background thread that says when a sync call has waited long for its answer.

A thread per call would cost more than the call; this one is started on first
use and sleeps until the earliest registered moment. Registering is a heap
push under a lock; cancelling marks the entry, which the thread then skips.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Callable

__all__ = ["Watch", "after"]


class Watch:
    """A cancellable callback, due at a moment on the monotonic clock."""

    __slots__ = ("callback", "cancelled")

    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        """Never run it (if it has not run already)."""
        self.cancelled = True


_lock = threading.Condition()
_due: list[tuple[float, int, Watch]] = []
_order = itertools.count()
_thread: threading.Thread | None = None


def after(seconds: float, callback: Callable[[], None]) -> Watch:
    """Run ``callback`` in the watch thread in ``seconds``, unless cancelled first."""
    global _thread
    watch = Watch(callback)
    when = time.monotonic() + seconds
    with _lock:
        earliest = _due[0][0] if _due else None
        heapq.heappush(_due, (when, next(_order), watch))
        if _thread is None:
            _thread = threading.Thread(target=_run, name="testruns-watch", daemon=True)
            _thread.start()
        elif earliest is None or when < earliest:
            _lock.notify()
    return watch


def _run() -> None:
    while True:
        with _lock:
            while not _due or _due[0][0] > time.monotonic():
                _lock.wait(None if not _due else _due[0][0] - time.monotonic())
            _, _, watch = heapq.heappop(_due)
        if not watch.cancelled:
            with contextlib.suppress(Exception):  # a notice that fails must not end the thread
                watch.callback()
