"""LoadForge: start a load-test run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from loadforge_client import request_models
from loadforge_client.api.default import start_run
from loadforge_client.models import RunRequest

from .._adapter import Endpoint, Timeout, VendorAdapter, async_method, sync_method
from .._double import Double
from .._retry import Operation


def _trigger(*, test_id: int, duration: int, timeout: Timeout = None) -> None:
    """Start a run of LoadForge test ``test_id`` lasting ``duration`` minutes (2 to 720).

    Returns a ``TriggeredRun`` whose ``run_id`` is LoadForge's run id; LoadForge gives no status.
    ``timeout`` (seconds or ``httpx.Timeout``) overrides the client's for this call.
    """


class LoadForgeAdapter(VendorAdapter):
    """Maps LoadForge's ``startRun`` onto the facade."""

    vendor_id = "loadforge"
    endpoints: ClassVar[Mapping[Operation, Endpoint]] = {
        "trigger": Endpoint(
            start_run,
            body=request_models.RunRequest,
            body_class=RunRequest,
            response=request_models.StartRunResponse200,
            run_id_at="/run_id",
        )
    }

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        return self.required(parsed.run_id, "run_id"), None


class LoadForge(LoadForgeAdapter):
    """LoadForge load-test runs."""

    trigger = sync_method("trigger", _trigger)


class AsyncLoadForge(LoadForgeAdapter):
    """LoadForge load-test runs, with ``await``."""

    trigger = async_method("trigger", _trigger)


facades = (LoadForge, AsyncLoadForge)

# In the sandbox: integer run ids, and the Error schema ({error: <status>, message}) for every error.
double = Double(
    run_ids="integer",
    created=lambda run: {"run_id": run.id},
    error=lambda status, message, details: {"error": status, "message": message},
)
