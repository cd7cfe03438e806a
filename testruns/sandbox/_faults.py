"""Faults the sandbox injects on request: the next N requests to a vendor go wrong in a chosen way."""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass, replace
from enum import StrEnum

__all__ = ["MAX_DELAY", "MAX_PENDING", "MAX_RETRY_AFTER", "MAX_TIMES", "Fault", "FaultKind", "FaultPlan"]

# A fault is a test's tool: these bounds are far beyond any test, and keep a typo from parking the sandbox.
MAX_TIMES = 10_000
MAX_DELAY = 60.0
MAX_RETRY_AFTER = 3600
MAX_PENDING = 1000


class FaultKind(StrEnum):
    """What goes wrong.

    The first four refuse the request before the vendor acts on it (no run is
    made). ``slow`` and ``malformed`` act on it — a trigger does make a run —
    and only the answer suffers: the case where a careless retry would start
    a second run. ``echo-key`` and ``unknown-verdict`` change how a status read
    says the run ended: what a CI gate must neither leak nor pass.
    """

    RATE_LIMIT = "rate-limit"  # 429 with Retry-After, in the vendor's error shape
    SERVER_ERROR = "server-error"  # 500, in the vendor's error shape
    UNAVAILABLE = "unavailable"  # 503, in the vendor's error shape
    DROP = "drop"  # the connection closes before the answer is complete
    SLOW = "slow"  # the real answer, after a delay
    MALFORMED = "malformed"  # the success status with a body that is not JSON
    # Hostile ends, for testing a CI gate: each acts on a status read (elsewhere, echo-key answers a 401).
    ECHO_KEY = "echo-key"  # the run reads as failed, its message quoting the caller's key back
    UNKNOWN_VERDICT = "unknown-verdict"  # the run reads as finished, with a verdict no manifest maps


@dataclass(frozen=True)
class Fault:
    """``kind`` for the next ``times`` requests to ``vendor`` (every vendor if None).

    ``retry_after`` is the 429's Retry-After in seconds; ``delay`` the slow answer's delay in seconds.
    """

    kind: FaultKind
    vendor: str | None = None
    times: int = 1
    retry_after: int = 1
    delay: float = 2.0

    def __post_init__(self) -> None:
        if not 1 <= self.times <= MAX_TIMES:
            raise ValueError(f"times must be 1 to {MAX_TIMES}, got {self.times}")
        if not 0 <= self.retry_after <= MAX_RETRY_AFTER:
            raise ValueError(f"retry_after must be 0 to {MAX_RETRY_AFTER} seconds, got {self.retry_after}")
        if not (math.isfinite(self.delay) and 0 <= self.delay <= MAX_DELAY):
            raise ValueError(f"delay must be 0 to {MAX_DELAY:g} seconds, got {self.delay}")


class FaultPlan:
    """Faults waiting to happen, first planned first served; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: deque[Fault] = deque()

    def add(self, fault: Fault) -> None:
        """Plan ``fault``, after those already planned; ``ValueError`` past ``MAX_PENDING`` planned faults."""
        with self._lock:
            if len(self._pending) >= MAX_PENDING:
                raise ValueError(f"{MAX_PENDING} faults are planned already; clear them first")
            self._pending.append(fault)

    def take(self, vendor: str) -> Fault | None:
        """The fault the next request to ``vendor`` gets, if any (it counts as used)."""
        with self._lock:
            for index, fault in enumerate(self._pending):
                if fault.vendor in (None, vendor):
                    if fault.times == 1:
                        del self._pending[index]
                    else:
                        self._pending[index] = replace(fault, times=fault.times - 1)
                    return fault
            return None

    def pending(self) -> list[Fault]:
        """The faults still to happen."""
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        """Plan no more faults."""
        with self._lock:
            self._pending.clear()
