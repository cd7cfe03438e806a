"""How a vendor behaves in the sandbox: declared next to its adapter, read by ``testruns.sandbox``.

The sandbox does everything the specs can tell it (routing, validation with
openapi-core, which status a success has). What no spec says — the format of a
run id, what a created run looks like in the answer, the shape of an error
body — each vendor file declares as a ``Double``. This module is plain data, so
importing a vendor file stays cheap and needs none of the sandbox's extras.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Double", "ErrorDetails", "Lifecycle", "Received", "RunState"]

Lifecycle = Literal["queued", "running", "finished", "cancelled"]
# Field → what is wrong with it, for error bodies that list validation errors.
ErrorDetails = Mapping[str, list[str]]


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
        run_ids: ``"integer"`` (1, 2, 3 ...) or ``"uuid"``, as the vendor's spec types its run ids.
        created: the body of the trigger's success answer for a new run.
        error: the vendor's error body for a status, a message and (for a 400) the fields at fault.
        cancel_run_parameter: the cancel path's parameter naming the run, if the vendor can cancel.
        cancelled: the body of the cancel's success answer (None: an empty body).
    """

    run_ids: Literal["integer", "uuid"]
    created: Callable[[RunState], Any]
    error: Callable[[int, str, ErrorDetails], Any]
    cancel_run_parameter: str | None = None
    cancelled: Callable[[RunState], Any] | None = None
