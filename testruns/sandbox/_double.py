"""How a vendor behaves in the sandbox: the run id format, a created run's answer, an error's body, and
the answer to each operation the manifest does not map.

``testruns.sandbox`` works a ``Double`` out of each vendor's spec and manifest
entry (``sandbox/_synth.py``); this module is the plain data it fills in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._models import OUTCOMES, Outcome
from .._models import RunState as Lifecycle

__all__ = [
    "OUTCOMES",
    "Double",
    "ErrorDetails",
    "Lifecycle",
    "Outcome",
    "Received",
    "Reply",
    "RunIds",
    "RunState",
    "counted",
]

# A sandbox run's states are the facade's (testruns.RunStatus.state); Outcome is how a finished one may end.
RunIds = Literal["integer", "uuid", "text"]
# Field → what is wrong with it, for error bodies that list validation errors.
ErrorDetails = Mapping[str, list[str]]


def counted(number: int) -> str:
    """The sandbox's text id of its ``number``-th run of a vendor: ``run-<number>``."""
    return f"run-{number}"


@dataclass(frozen=True)
class Reply:
    """An answer's body as the spec documents it: its media type (None: no body) and its content.

    The content is a JSON value for a JSON media type, else text.
    """

    media_type: str | None
    content: Any = None


@dataclass(frozen=True)
class Received:
    """A request the sandbox accepted: its path parameters and JSON body, as the spec types them."""

    path: Mapping[str, Any]
    body: Any


@dataclass(frozen=True)
class RunState:
    """A run as the sandbox keeps it, at the moment it is read."""

    vendor: str
    id: int | str
    status: Lifecycle
    created_at: float
    received: Received = field(repr=False)


@dataclass(frozen=True)
class Double:
    """What the sandbox needs to stand in for one vendor.

    Attributes:
        run_ids: ``"integer"`` (1, 2, 3 ...), ``"uuid"`` or ``"text"`` (run-1, run-2 ...), as the spec types them.
        text_id: a text run id from the vendor's run counter: ``run-<n>``, or one its spec's pattern allows.
        created: the body of the trigger's success answer for a new run.
        error: the vendor's error answer for an operation (its operationId; None: a path the spec lacks), a
            status, a message and (for a 400) the fields at fault, from the schema the operation documents.
        stateless: the answer with a success status of an operation the manifest does not map (its operationId),
            made from the schema it documents: such an operation keeps no state.
        cancel_run_parameter: the cancel path's parameter naming the run, if the vendor can cancel.
        cancelled: the body of the cancel's success answer (None: an empty body).
        status_run_parameter: the status path's parameter naming the run, if the vendor has a status.
        status: the body of the status answer for a run as it is now.
        outcomes: each outcome the vendor can show → the state the sandbox gives a finished run for it
            (LoadForge has no verdict: passed is shown as finished).
    """

    run_ids: RunIds
    created: Callable[[RunState], Any]
    error: Callable[[str | None, int, str, ErrorDetails], Reply]
    stateless: Callable[[str, int], Reply]
    text_id: Callable[[int], str] = counted
    cancel_run_parameter: str | None = None
    cancelled: Callable[[RunState], Any] | None = None
    status_run_parameter: str | None = None
    status: Callable[[RunState], Any] | None = None
    outcomes: Mapping[str, Outcome] = field(default_factory=lambda: {o: o for o in OUTCOMES})
