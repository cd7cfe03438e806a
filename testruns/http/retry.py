"""The one retry policy: which failures are tried again, and how long to wait first, for calls and waits alike.

A call (``RetryPolicy.delay_after``): a trigger is retried only when the vendor
cannot have acted on it: the connection was never made, or the vendor said 429
or 503. A 500, 502 or 504, a read timeout or a reset connection may have started
a run already, so a trigger is never retried after one. Cancelling is idempotent
and reading a run's status changes nothing, so those are also retried after them.
The wait before a retry is the vendor's ``Retry-After`` (capped), else
exponential backoff with jitter.

A wait (``reads_again``, ``pause``): its status reads go on after any passing
trouble (a network fault, a 429, a 5xx), each after the poll's interval or the
vendor's ``Retry-After``, whichever is longer, and never past the wait's deadline.
The sync and async loops (``Connection.send`` and ``send_async``; the two wait
loops) ask these functions and differ only in how they sleep.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Literal

from .._errors import APIStatusError, ConfigurationError, NetworkError, RateLimitError, TestRunsError

MAX_TIMEOUT = 86400.0
"""The longest timeout a call takes, a day: far longer overflows a socket's timeout (``OverflowError``)."""

Operation = Literal["trigger", "cancel", "status"]
# Operations that may be sent twice without harm.
_IDEMPOTENT = frozenset({"cancel", "status"})

_BEFORE_ACTING = {429, 503}
_MAYBE_ACTED = {500, 502, 504}


@dataclass(frozen=True)
class RetryPolicy:
    """How many times, and how patiently, a call is retried.

    Attributes:
        max_retries: retries after the first attempt (0: none). The default, 2, is 3 attempts.
        initial_delay: seconds before the first retry when the vendor gives no Retry-After; doubles each time.
        max_delay: cap on that exponential delay, in seconds.
        max_retry_after: cap on a vendor's Retry-After, in seconds: a longer hint is not waited for.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay_after(self, error: BaseException, operation: Operation, attempt: int) -> float | None:
        """Seconds to wait before sending ``operation`` again after ``error`` on attempt ``attempt`` (1-based), or
        None where it must not be sent again (no retries left, or it may have acted already)."""
        if attempt > self.max_retries or not is_retryable(error, operation):
            return None
        return delay_before_retry(self, error, attempt)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number, 0 or more, got {self.max_retries!r:.40}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise ConfigurationError(f"{name} must be a finite number of seconds, 0 or more, got {value!r:.40}")


def is_retryable(error: BaseException, operation: Operation) -> bool:
    """Whether ``error`` allows sending ``operation`` again without risking a second run."""
    if isinstance(error, NetworkError):
        return not error.maybe_sent or operation in _IDEMPOTENT
    if isinstance(error, APIStatusError) and error.status is not None:
        if error.status in _BEFORE_ACTING:
            return True
        return operation in _IDEMPOTENT and error.status in _MAYBE_ACTED
    return False


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # noqa: PLC0415 - an HTTP date is rare; email.utils costs a command's start 10 ms

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def delay_before_retry(policy: RetryPolicy, error: BaseException, attempt: int) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): the vendor's hint, else backoff with jitter."""
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return min(error.retry_after, policy.max_retry_after)
    import random  # noqa: PLC0415 - a retry is rare; a command's start is spared random's import

    ceiling = min(policy.max_delay, policy.initial_delay * 2 ** (attempt - 1))
    return random.uniform(ceiling / 2, ceiling)


def reads_again(error: TestRunsError) -> bool:
    """Whether a wait reads the status again after ``error`` (a passing trouble) rather than ending with it."""
    if isinstance(error, NetworkError | RateLimitError):
        return True
    return isinstance(error, APIStatusError) and error.status is not None and error.status >= 500


def pause(interval: float, error: TestRunsError | None, remaining: float) -> float:
    """How long a wait pauses before its next read: the vendor's Retry-After after a 429 where it is longer
    than ``interval``, and never past the deadline (``remaining`` seconds away), so the last read is at it."""
    wanted = interval
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        wanted = max(interval, error.retry_after)
    return max(0.0, min(wanted, remaining))
