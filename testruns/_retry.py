"""When a failed call may be sent again, and how long to wait first.

A trigger is retried only when the vendor cannot have acted on it: the
connection was never made, or the vendor said 429 or 503. A 500, 502 or 504, a
read timeout or a reset connection may have started a run already, so a
trigger is never retried after one. Cancelling is idempotent and reading a
run's status changes nothing, so those are also retried after them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Literal

from ._errors import APIStatusError, ConfigurationError, NetworkError, RateLimitError

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
