"""The sandbox's runs: created by triggers, aged by the clock, cancelled on request, evicted when old.

A run's status is worked out from its age when it is read (queued, then
running, then its outcome: passed unless the sandbox was told otherwise), so
nothing ticks in the background. The store is
bounded in count and in bytes: past ``max_runs`` runs, or ``max_bytes`` of
request bodies kept with them, the oldest run is forgotten, so a long soak
costs a fixed amount of memory; a forgotten run is as unknown as one never made.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from ._double import Lifecycle, Outcome, Received, RunState, counted

__all__ = ["Lifecycle", "Outcomes", "RunStore", "Timing"]

# New ids tried for a run whose text id is one a live run has (a pattern's draw, see ``RunStore.create``).
_REDRAWS = 100


@dataclass(frozen=True)
class Timing:
    """How long a new run stays queued, then running, before it ends (seconds)."""

    queued: float = 1.0
    running: float = 5.0

    def status(self, age: float, outcome: Outcome = "passed") -> Lifecycle:
        """The status of a run ``age`` seconds old that nobody cancelled, and that ends as ``outcome``."""
        if age < self.queued:
            return "queued"
        return "running" if age < self.queued + self.running else outcome


@dataclass
class _Run:
    vendor: str
    id: int | str
    created_at: float  # wall clock, for people
    started: float  # monotonic, for the lifecycle
    received: Received
    size: int = 0
    cancelled: bool = False
    outcome: Outcome = "passed"


class RunStore:
    """Every run the sandbox knows, thread-safe and bounded."""

    def __init__(
        self,
        timing: Timing,
        max_runs: int,
        clock: Callable[[], float] = time.monotonic,
        max_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        if max_runs < 1 or max_bytes < 1:
            raise ValueError(f"max_runs and max_bytes must be at least 1, got {max_runs}, {max_bytes}")
        self.timing = timing
        self.max_runs = max_runs
        self.max_bytes = max_bytes
        self._bytes = 0
        self._clock = clock
        self._lock = threading.Lock()
        self._runs: OrderedDict[tuple[str, int | str], _Run] = OrderedDict()
        self._counters: dict[str, itertools.count[int]] = {}

    def create(
        self,
        vendor: str,
        run_ids: str,
        received: Received,
        size: int = 0,
        outcome: Outcome = "passed",
        text_id: Callable[[int], str] = counted,
    ) -> RunState:
        """A new queued run of ``vendor`` that will end as ``outcome``; ``size`` is its body's bytes.

        A text id is ``text_id`` of the vendor's run counter. One drawn from a spec's pattern (where ``run-<n>``
        breaks it) is random: one a live run has is drawn again, up to 100 times; a pattern with fewer values
        than that leaves the new run in the place of the old one, which is forgotten.
        """
        with self._lock:
            # Integer ids keep counting past evictions, so an id is never handed out twice.
            if run_ids == "uuid":
                run_id: int | str = str(uuid.uuid4())
            else:
                counter = self._counters.setdefault(vendor, itertools.count(1))
                number = next(counter)
                run_id = number if run_ids == "integer" else text_id(number)
                for _ in range(_REDRAWS if run_ids != "integer" else 0):
                    if (vendor, run_id) not in self._runs:
                        break
                    run_id = text_id(next(counter))
            replaced = self._runs.pop((vendor, run_id), None)
            self._bytes -= replaced.size if replaced is not None else 0
            run = _Run(vendor, run_id, time.time(), self._clock(), received, size, outcome=outcome)
            self._runs[(vendor, run_id)] = run
            self._bytes += size
            while len(self._runs) > self.max_runs or (self._bytes > self.max_bytes and len(self._runs) > 1):
                _, gone = self._runs.popitem(last=False)
                self._bytes -= gone.size
            return self._state(run)

    def cancel(self, vendor: str, run_id: int | str, belongs: Callable[[RunState], bool]) -> RunState | None:
        """Cancel a queued or running run; None if the store has no such run (or it is not ``belongs``).

        A run that is over stays as it ended and a cancelled one stays cancelled: the caller tells them apart.
        """
        with self._lock:
            run = self._runs.get((vendor, run_id))
            state = None if run is None else self._state(run)
            if run is None or state is None or not belongs(state):
                return None
            if state.status not in ("queued", "running"):
                return state
            run.cancelled = True
            return replace(state, status="cancelled")

    def get(self, vendor: str, run_id: int | str) -> RunState | None:
        """One run as it is now, or None."""
        with self._lock:
            run = self._runs.get((vendor, run_id))
            return None if run is None else self._state(run)

    def all(self, vendor: str | None = None) -> list[RunState]:
        """Every run (of ``vendor``, if given), oldest first, as they are now."""
        with self._lock:
            return [self._state(run) for run in self._runs.values() if vendor in (None, run.vendor)]

    def clear(self) -> None:
        """Forget every run (ids keep counting)."""
        with self._lock:
            self._runs.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._runs)

    def _state(self, run: _Run) -> RunState:
        age = self._clock() - run.started
        status: Lifecycle = "cancelled" if run.cancelled else self.timing.status(age, run.outcome)
        return RunState(run.vendor, run.id, status, run.created_at, run.received)


class Outcomes:
    """How each vendor's new runs end (passed unless set), shared by the stand-ins and the control API."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_vendor: dict[str, Outcome] = {}

    def set(self, vendor: str, outcome: Outcome) -> None:
        """Runs of ``vendor`` triggered from now on end as ``outcome``."""
        with self._lock:
            self._by_vendor[vendor] = outcome

    def get(self, vendor: str) -> Outcome:
        """The outcome of ``vendor``'s next run."""
        with self._lock:
            return self._by_vendor.get(vendor, "passed")

    def all(self) -> dict[str, Outcome]:
        """The outcomes set so far (every other vendor: passed)."""
        with self._lock:
            return dict(self._by_vendor)

    def clear(self) -> None:
        """Every vendor back to passed."""
        with self._lock:
            self._by_vendor.clear()
