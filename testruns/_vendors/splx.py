"""SPLX Probe: trigger and cancel an AI red-team test run."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, ClassVar

from splx_probe_client import request_models
from splx_probe_client.api.test_run import cancel_test_run, trigger_test_run
from splx_probe_client.models import TriggerTestRunRequest

from .._adapter import Endpoint, Timeout, VendorAdapter, async_method, sync_method
from .._double import Double, ErrorDetails
from .._retry import Operation


def _trigger(
    *,
    workspace_id: int,
    target_id: int,
    probe_ids: list[int] | None,
    name: str,
    notify_when_finished: bool,
    run_ai_analysis: bool,
    timeout: Timeout = None,
) -> None:
    """Trigger a SPLX Probe test run named ``name`` on target ``target_id`` in workspace ``workspace_id``.

    ``probe_ids`` are the probes to run (SPLX allows ``None``); ``notify_when_finished``
    and ``run_ai_analysis`` are required by SPLX.

    Returns a ``TriggeredRun`` with SPLX's ``testRunId``; SPLX gives no status.
    """


def _cancel(*, workspace_id: int, run_id: int | str, timeout: Timeout = None) -> None:
    """Cancel SPLX Probe test run ``run_id`` in workspace ``workspace_id``.

    Cancelling is idempotent, so it is also retried after a 5xx or a timeout.
    Returns a ``TriggeredRun`` with status ``"cancelled"``.
    """


class SplxAdapter(VendorAdapter):
    """Maps SPLX Probe's ``triggerTestRun`` and ``cancelTestRun`` onto the facade."""

    vendor_id = "splx"
    endpoints: ClassVar[Mapping[Operation, Endpoint]] = {
        "trigger": Endpoint(
            trigger_test_run,
            parameters=request_models.TriggerTestRunParameters,
            body=request_models.TriggerTestRunRequest,
            body_class=TriggerTestRunRequest,
            response=request_models.TriggerTestRunResponse200,
            run_id_at="/testRunId",
        ),
        # The facade's word for a run is run_id on every vendor; SPLX's path calls it testRunId.
        "cancel": Endpoint(
            cancel_test_run, parameters=request_models.CancelTestRunParameters, renames={"run_id": "test_run_id"}
        ),
    }

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        return self.required(parsed.test_run_id, "testRunId"), None

    def read_cancel(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        # SPLX answers a cancel with an empty 200; the run is the one asked for.
        return str(params["run_id"]), "cancelled"


class Splx(SplxAdapter):
    """SPLX Probe AI red-team runs."""

    trigger = sync_method("trigger", _trigger)
    cancel = sync_method("cancel", _cancel)


class AsyncSplx(SplxAdapter):
    """SPLX Probe AI red-team runs, with ``await``."""

    trigger = async_method("trigger", _trigger)
    cancel = async_method("cancel", _cancel)


facades = (Splx, AsyncSplx)


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
