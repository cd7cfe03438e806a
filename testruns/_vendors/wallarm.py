"""Wallarm FAST: create a security test run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from wallarm_fast_client import request_models
from wallarm_fast_client.api.test_run import create_test_run
from wallarm_fast_client.models import TestRunCreateRequest

from .._adapter import Endpoint, Timeout, VendorAdapter, async_method, sync_method
from .._double import Double, ErrorDetails, RunState
from .._retry import Operation


def _trigger(
    *,
    name: str,
    test_record_name: str | None = None,
    desc: str | None = None,
    file_extensions_to_exclude: str | None = None,
    policy_id: int | None = None,
    stop_on_first_fail: bool | None = None,
    skip_duplicated_baselines: bool | None = None,
    rps_per_baseline: int | None = None,
    rps: int | None = None,
    inactivity_timeout: int | None = None,
    timeout: Timeout = None,
) -> None:
    """Create a Wallarm FAST test run named ``name``.

    Parameters left at ``None`` are not sent, so Wallarm's defaults apply:
    ``test_record_name`` (the run's name), ``desc`` (""), ``file_extensions_to_exclude``
    ("", a regular expression such as ``jpg|png``), ``policy_id`` (the default policy),
    ``stop_on_first_fail`` (false), ``skip_duplicated_baselines`` (true),
    ``rps_per_baseline`` (1 to 500; unlimited), ``rps`` (1 to 1000; unlimited) and
    ``inactivity_timeout`` (300 to 86400 seconds; 1800).

    Returns a ``TriggeredRun`` with Wallarm's run id and its ``state`` as the status.
    """


class WallarmAdapter(VendorAdapter):
    """Maps Wallarm FAST's ``createTestRun`` onto the facade."""

    vendor_id = "wallarm"
    endpoints: ClassVar[Mapping[Operation, Endpoint]] = {
        "trigger": Endpoint(
            create_test_run,
            body=request_models.TestRunCreateRequest,
            body_class=TestRunCreateRequest,
            response=request_models.CreateTestRunResponse200,
            run_id_at="/body/id",
        )
    }

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        return self.required(parsed.body.id, "body.id"), self.optional(parsed.body.state)


class Wallarm(WallarmAdapter):
    """Wallarm FAST security test runs."""

    trigger = sync_method("trigger", _trigger)


class AsyncWallarm(WallarmAdapter):
    """Wallarm FAST security test runs, with ``await``."""

    trigger = async_method("trigger", _trigger)


facades = (Wallarm, AsyncWallarm)


def _created(run: RunState) -> dict[str, Any]:
    # Wallarm answers with the run as created: what was asked, plus its id and state.
    return {"status": 200, "body": {**run.received.body, "id": run.id, "state": run.status}}


def _error(status: int, message: str, details: ErrorDetails) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if details:
        body["errors"] = dict(details)
    return {"status": status, "body": body}


double = Double(run_ids="integer", created=_created, error=_error)
