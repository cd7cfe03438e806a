"""Tester Army: trigger an AI QA run of a test: how the sandbox plays it (its facade is generated)."""

from __future__ import annotations

from http import HTTPStatus

from .._double import Double

# In the sandbox: UUID run ids; a trigger's answer is always "queued" (the only RunStatus there is).
double = Double(
    run_ids="uuid",
    created=lambda run: {"status": "queued", "runId": run.id, "testId": run.received.path["testId"]},
    error=lambda status, message, details: {
        "error": HTTPStatus(status).phrase.lower().replace(" ", "_"),
        "message": message,
    },
)
