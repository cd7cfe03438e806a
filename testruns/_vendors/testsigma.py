"""Testsigma: create a test run in a project."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from testsigma_client import request_models
from testsigma_client.api.test_runs import create_test_run
from testsigma_client.models import TestRunCreateRequest

from .._adapter import Endpoint, Timeout, VendorAdapter, async_method, sync_method
from .._double import Double, RunState
from .._retry import Operation


def _trigger(
    *,
    project_id: UUID | str,
    title: str | None = None,
    description: str | None = None,
    status: str | None = None,
    human_id: str | None = None,
    selection_type: str | None = None,
    static_selection_filters: list[dict[str, Any]] | None = None,
    start_date: int | None = None,
    end_date: int | None = None,
    assignee_id: UUID | str | None = None,
    label_names: list[str] | None = None,
    environment_ids: list[str] | None = None,
    timeout: Timeout = None,
) -> None:
    """Create a Testsigma test run in project ``project_id`` (a UUID).

    ``project_id`` is given once: Testsigma wants it in the path and in the body, and gets it in both.
    ``static_selection_filters`` are objects with ``field``, ``operator`` and ``values``;
    dates are Unix timestamps. Parameters left at ``None`` are not sent.

    Returns a ``TriggeredRun`` with the run's UUID and Testsigma's status (``ACTIVE`` ...).
    """


class TestsigmaAdapter(VendorAdapter):
    """Maps Testsigma's ``createTestRun`` onto the facade."""

    vendor_id = "testsigma"
    endpoints: ClassVar[Mapping[Operation, Endpoint]] = {
        "trigger": Endpoint(
            create_test_run,
            parameters=request_models.CreateTestRunParameters,
            body=request_models.TestRunCreateRequest,
            body_class=TestRunCreateRequest,
            response=request_models.CreateTestRunResponse200,
            run_id_at="/data/test_run/id",
        )
    }

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        run = parsed.data.test_run
        return self.required(run.id, "data.test_run.id"), self.optional(run.status)


class Testsigma(TestsigmaAdapter):
    """Testsigma test-management runs."""

    trigger = sync_method("trigger", _trigger)


class AsyncTestsigma(TestsigmaAdapter):
    """Testsigma test-management runs, with ``await``."""

    trigger = async_method("trigger", _trigger)


facades = (Testsigma, AsyncTestsigma)


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
