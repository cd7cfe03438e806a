"""How a wait polls: a short first interval growing to a cap, a deadline, and which failures it outlasts.

A status read changes nothing, so a wait reads again after a 429, a 5xx, a
timeout or a dropped connection, after the vendor's Retry-After where it gave
one, else after the next interval. Any other failure (a 401, a 404, an answer
off the spec) ends the wait at once: polling on would not mend it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._errors import InvalidInputError, TestRunsError, WaitTimeoutError
from .._models import RunStatus
from ..http.retry import pause, reads_again

__all__ = ["DEFAULT_POLL", "DEFAULT_WAIT", "Polling", "Waiting"]

DEFAULT_WAIT = 1800.0  # 30 minutes: most vendors' runs end well inside it; a CI job sets its own
DEFAULT_POLL = 10.0
FIRST_POLL = 1.0  # a run that ends quickly is seen quickly
GROWTH = 1.5
MIN_POLL = 0.05  # a typo (10ms for 10s) must not read a vendor's status back to back


def _seconds(name: str, value: object, at_least: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidInputError(f"{name} must be a positive, finite number of seconds, got {value!r:.40}", field=name)
    if value < at_least:
        raise InvalidInputError(f"{name} must be at least {at_least:g} s, got {value:g}", field=name)
    return float(value)


@dataclass
class Polling:
    """One wait's clock: its intervals and its deadline."""

    timeout: float
    poll: float
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.timeout = _seconds("timeout", self.timeout)
        self.poll = _seconds("poll", self.poll, MIN_POLL)

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


class Waiting:
    """One wait's bookkeeping between reads, shared by the sync and async loops.

    After each read (a status, or a failure) ``settle`` says what comes next: the
    status if the run is over, else the seconds to pause; it raises on an error
    that polling cannot mend and on the deadline.
    """

    def __init__(
        self,
        vendor: str,
        vendor_name: str,
        params: Mapping[str, Any],
        polling: Polling,
        on_status: Callable[[RunStatus], None] | None,
        describe: Callable[[TestRunsError], str],
    ) -> None:
        self.polling = polling
        self._vendor, self._name, self._params = vendor, vendor_name, params
        self._on_status, self._describe = on_status, describe
        self.last: RunStatus | None = None

    def settle(self, status: RunStatus | None, error: TestRunsError | None, interval: float) -> RunStatus | float:
        """The run's final status, or the pause before the next read."""
        if error is not None and not reads_again(error):
            raise error
        if status is not None:
            self.last = status
            if self._on_status is not None:
                self._on_status(status)
            if status.done:
                return status
        if self.polling.remaining() <= 0:
            raise self._timed_out(error)
        seconds = pause(interval, error, self.polling.remaining())
        if error is not None:
            from ..http.log import log_poll_retry  # noqa: PLC0415 - loaded with the connection already

            log_poll_retry(self._name, self._describe(error), seconds)
        return seconds

    def _timed_out(self, error: TestRunsError | None) -> WaitTimeoutError:
        where = f" (last state: {self.last.state})" if self.last is not None else ""
        run_id = str(self._params.get("run_id"))
        return WaitTimeoutError(
            f"{self._vendor}: run {run_id} was not over after {self.polling.timeout:g} s{where}; it may still be going",
            vendor=self._vendor,
            run_id=run_id,
            last=self.last,
            last_error=error,
        )
