"""What every facade call returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TriggeredRun:
    """A run the vendor accepted (triggered or cancelled).

    Attributes:
        vendor: the manifest id (``"loadforge"``).
        run_id: the vendor's id for the run, always as a string (vendors mix integers and UUIDs).
        status: the vendor's own word for the run's state (``"queued"``, ``"ACTIVE"``), if it gives one.
        raw: the generated client's typed response.
    """

    vendor: str
    run_id: str
    status: str | None
    raw: Any = field(repr=False)
