"""SPLX Probe: trigger and cancel an AI red-team test run: how the sandbox plays it (its facade is generated)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from .._double import Double, ErrorDetails


def _error(status: int, message: str, details: ErrorDetails) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "code": HTTPStatus(status).phrase.replace(" ", "")}
    if details:
        error["validationErrors"] = dict(details)
    return {"error": error}


double = Double(
    run_ids="integer",
    created=lambda run: {"testRunId": run.id},
    error=_error,
    cancel_run_parameter="testRunId",
)
