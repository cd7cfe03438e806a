"""Testsigma: create a test run in a project: how the sandbox plays it (its facade is generated)."""

from __future__ import annotations

from typing import Any

from .._double import Double, RunState


def _created(run: RunState) -> dict[str, Any]:
    # Testsigma echoes the run as created; its status is the caller's (ACTIVE unless told).
    now = int(run.created_at)
    asked = {"status": "ACTIVE", **run.received.body}
    test_run = {**asked, "id": run.id, "project_id": run.received.path["project_id"]}
    test_run.update(created_at=now, updated_at=now)
    return {"message": "", "data": {"test_run": test_run}}


double = Double(
    run_ids="uuid",
    created=_created,
    error=lambda status, message, details: {"message": message},
)
