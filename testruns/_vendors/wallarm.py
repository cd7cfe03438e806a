"""Wallarm FAST: create a security test run: how the sandbox plays it (its facade is generated)."""

from __future__ import annotations

from typing import Any

from .._double import Double, ErrorDetails, RunState


def _created(run: RunState) -> dict[str, Any]:
    # Wallarm answers with the run as created: what was asked, plus its id and state.
    return {"status": 200, "body": {**run.received.body, "id": run.id, "state": run.status}}


def _error(status: int, message: str, details: ErrorDetails) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if details:
        body["errors"] = dict(details)
    return {"status": status, "body": body}


double = Double(run_ids="integer", created=_created, error=_error)
