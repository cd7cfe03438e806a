"""Tester Army: trigger an AI QA run of a test."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, ClassVar, Literal
from uuid import UUID

from testerarmy_client import request_models
from testerarmy_client.api.subpackage_tests import trigger_a_test_run
from testerarmy_client.models import TriggerRunRequest

from .._adapter import Endpoint, Timeout, VendorAdapter, async_method, sync_method
from .._double import Double
from .._retry import Operation


def _trigger(
    *,
    test_id: UUID | str,
    mode: Literal["fast", "deep"] | None = None,
    platform: Literal["web", "ios", "android"] | None = None,
    app_id: UUID | str | None = None,
    timeout: Timeout = None,
) -> None:
    """Trigger a Tester Army run of test ``test_id`` (a UUID).

    ``mode`` is ``fast`` or ``deep``; ``platform`` is ``web``, ``ios`` or ``android``;
    ``app_id`` (a UUID) picks the app. Parameters left at ``None`` are not sent.

    Returns a ``TriggeredRun`` with the run's UUID and status ``queued``.
    """


class TesterArmyAdapter(VendorAdapter):
    """Maps Tester Army's ``trigger-a-test-run`` onto the facade."""

    vendor_id = "testerarmy"
    endpoints: ClassVar[Mapping[Operation, Endpoint]] = {
        "trigger": Endpoint(
            trigger_a_test_run,
            parameters=request_models.TriggerATestRunParameters,
            body=request_models.TriggerRunRequest,
            body_class=TriggerRunRequest,
            response=request_models.TriggerATestRunResponse202,
            run_id_at="/runId",
        )
    }

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        return self.required(parsed.run_id, "runId"), self.optional(parsed.status)


class TesterArmy(TesterArmyAdapter):
    """Tester Army AI QA runs."""

    trigger = sync_method("trigger", _trigger)


class AsyncTesterArmy(TesterArmyAdapter):
    """Tester Army AI QA runs, with ``await``."""

    trigger = async_method("trigger", _trigger)


facades = (TesterArmy, AsyncTesterArmy)

# In the sandbox: UUID run ids; a trigger's answer is always "queued" (the only RunStatus there is).
double = Double(
    run_ids="uuid",
    created=lambda run: {"status": "queued", "runId": run.id, "testId": run.received.path["testId"]},
    error=lambda status, message, details: {
        "error": HTTPStatus(status).phrase.lower().replace(" ", "_"),
        "message": message,
    },
)
