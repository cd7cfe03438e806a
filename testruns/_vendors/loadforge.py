"""LoadForge: start a load-test run."""

from __future__ import annotations

from typing import Any

from loadforge_client.api.default import start_run
from loadforge_client.models import RunRequest
from loadforge_client.request_models import RunRequest as RunRequestInput

from .._adapter import Timeout, VendorAdapter
from .._connection import Call
from .._models import TriggeredRun
from .._validation import validated


class LoadForge(VendorAdapter):
    """LoadForge load-test runs."""

    vendor_id = "loadforge"

    def trigger(self, *, test_id: int, duration: int, timeout: Timeout = None) -> TriggeredRun:
        """Start a run of test ``test_id`` for ``duration`` minutes (2 to 720)."""
        return self.run("trigger", {"test_id": test_id, "duration": duration}, timeout)

    def prepare_trigger(self, params: dict[str, Any]) -> Call:
        body = validated(RunRequestInput, params, vendor=self.vendor_id)
        return Call(
            "trigger",
            start_run.sync_detailed,
            start_run.asyncio_detailed,
            {"body": RunRequest.from_dict(body.model_dump(mode="json", by_alias=True, exclude_unset=True))},
        )

    def read_trigger(self, parsed: Any, params: dict[str, Any]) -> tuple[str, str | None]:
        return self.required(parsed.run_id, "run_id"), None
