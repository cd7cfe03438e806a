"""What every facade call returns."""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "OUTCOMES",
    "RUN_STATES",
    "SUCCESSES",
    "TERMINAL_STATES",
    "Outcome",
    "RunState",
    "RunStatus",
    "TriggeredRun",
]

# The facade's words for a run's state: the manifest maps each vendor's words onto these.
Outcome = Literal["passed", "failed", "cancelled", "error", "finished", "inconclusive"]
"""How a run ends: once in one of these, it does not change again. ``inconclusive``: the vendor says the run
is over, with a verdict the manifest does not map (a CI job must not pass on a verdict nobody read)."""
RunState = Literal["queued", "running", Outcome]
RUN_STATES: tuple[RunState, ...] = typing.get_args(RunState)
OUTCOMES: tuple[Outcome, ...] = typing.get_args(Outcome)
TERMINAL_STATES: frozenset[str] = frozenset(OUTCOMES)
SUCCESSES: frozenset[str] = frozenset({"passed", "finished"})
"""The ends a CI job passes on: ``finished`` is where the vendor gives no verdict."""


@dataclass(frozen=True)
class TriggeredRun:
    """A run the vendor accepted (triggered or cancelled).

    Attributes:
        vendor: the manifest id (``"loadforge"``).
        run_id: the vendor's id for the run, always as a string (vendors mix integers and UUIDs).
        status: the vendor's own word for the run's state (``"queued"``, ``"ACTIVE"``), if it gives one.
        raw: the generated client's typed response.
        scope: the parameters given that the vendor's status and cancel also need to find the run
            (Testsigma's ``project_id``, SPLX's ``workspace_id``): ``client.wait(run)`` passes them on.
    """

    vendor: str
    run_id: str
    status: str | None
    raw: Any = field(repr=False)
    scope: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RunStatus:
    """Where a run is, in the facade's words and the vendor's.

    Attributes:
        vendor: the manifest id.
        run_id: the run's id, as text.
        state: ``queued``, ``running``, ``passed``, ``failed``, ``cancelled``, ``error``, ``finished``
            where the vendor gives no verdict, or ``inconclusive`` where it gives one the manifest does not
            map, or none where it gives verdicts; a state word the manifest does not map is the vendor's own,
            as is.
        vendor_state: the vendor's own word or code (LoadForge's ``3``), as text.
        done: whether the run is over (``state`` is one of the last six above); never for an unknown word.
        message: what the vendor says about a failure, where it says something.
        raw: the generated client's typed answer; the JSON document where the answer strays from the
            spec (a state word the spec does not list), which is read rather than refused.
    """

    vendor: str
    run_id: str
    state: str
    vendor_state: str | None
    done: bool
    message: str | None = None
    raw: Any = field(default=None, repr=False)

    @property
    def succeeded(self) -> bool:
        """``passed``, or ``finished`` where the vendor gives no verdict: what a CI job passes on."""
        # Never for a word the manifest does not map: a vendor's own "passed" there is not the facade's.
        return self.done and self.state in SUCCESSES
