"""How a wait polls: a short first interval growing to a cap, a deadline, and which failures it outlasts.

A status read changes nothing, so a wait reads again after a 429, a 5xx, a
timeout or a dropped connection, after the vendor's Retry-After where it gave
one, else after the next interval. Any other failure (a 401, a 404, an answer
off the spec) ends the wait at once: polling on would not mend it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from ._errors import APIStatusError, InvalidInputError, NetworkError, RateLimitError, TestRunsError

__all__ = ["DEFAULT_POLL", "DEFAULT_WAIT", "Polling"]

DEFAULT_WAIT = 1800.0  # 30 minutes: most vendors' runs end well inside it; a CI job sets its own
DEFAULT_POLL = 10.0
FIRST_POLL = 1.0  # a run that ends quickly is seen quickly
GROWTH = 1.5


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidInputError(f"{name} must be a positive, finite number of seconds, got {value!r:.40}", field=name)
    return float(value)


@dataclass
class Polling:
    """One wait's clock: its intervals and its deadline."""

    timeout: float
    poll: float
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.timeout = _seconds("timeout", self.timeout)
        self.poll = _seconds("poll", self.poll)

    def intervals(self) -> Iterator[float]:
        """The pauses between reads: from ``min(1 s, poll)``, growing by half each time, up to ``poll``."""
        interval = min(FIRST_POLL, self.poll)
        while True:
            yield interval
            interval = min(interval * GROWTH, self.poll)

    def elapsed(self) -> float:
        """Seconds since the wait began."""
        return time.monotonic() - self.started

    def remaining(self) -> float:
        """Seconds left before the deadline (0 or less: it has passed)."""
        return self.timeout - self.elapsed()

    def pause(self, interval: float, error: TestRunsError | None) -> float:
        """How long to wait before the next read: the vendor's Retry-After after a 429, else ``interval``.

        Never past the deadline, so the last read happens at it.
        """
        wanted = interval
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            wanted = max(interval, error.retry_after)
        return max(0.0, min(wanted, self.remaining()))


def outlasts(error: TestRunsError) -> bool:
    """Whether a wait reads again after ``error`` (a passing trouble) rather than ending with it."""
    if isinstance(error, NetworkError | RateLimitError):
        return True
    return isinstance(error, APIStatusError) and error.status is not None and error.status >= 500
