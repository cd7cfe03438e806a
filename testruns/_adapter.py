"""What every vendor adapter provides: prepare a trigger (and maybe a cancel), and read the run back.

An adapter is one file under ``testruns/_vendors/`` named after the vendor id.
It validates the caller's snake_case parameters with the models generated
from the spec, turns them into the generated client's call, and reads the run
id and status out of the typed response. Sending is the connection's job.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from ._connection import Call, Connection
from ._errors import UnexpectedResponseError, UnsupportedOperationError
from ._models import TriggeredRun
from ._retry import Operation

Timeout = float | httpx.Timeout | None


class VendorAdapter:
    """Base of the per-vendor adapters; subclasses fill in ``prepare_*`` and ``read_*``."""

    vendor_id: ClassVar[str]

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._connection!r})"

    @property
    def supports_cancel(self) -> bool:
        """Whether the vendor has a cancel operation."""
        return "cancel" in self._connection.vendor.operations

    def prepare_trigger(self, params: dict[str, Any]) -> Call:
        """Validate ``params`` and build the trigger call."""
        raise NotImplementedError

    def read_trigger(self, parsed: Any, params: dict[str, Any]) -> tuple[str, str | None]:
        """The run id and status from the trigger's typed response."""
        raise NotImplementedError

    def prepare_cancel(self, params: dict[str, Any]) -> Call:
        """Validate ``params`` and build the cancel call."""
        raise UnsupportedOperationError(
            f"{self.vendor_id}: the vendor has no cancel operation", vendor=self.vendor_id, field=None
        )

    def read_cancel(self, parsed: Any, params: dict[str, Any]) -> tuple[str, str | None]:
        """The run id and status after a cancel."""
        raise NotImplementedError

    def required(self, value: Any, field: str) -> str:
        """``value`` as a string; a missing one means the response broke the contract."""
        if value is None or type(value).__name__ == "Unset":
            raise UnexpectedResponseError(
                f"{self.vendor_id}: the response has no {field}", vendor=self.vendor_id, status=None
            )
        return str(value)

    def _prepare(self, operation: Operation, params: dict[str, Any]) -> Call:
        return self.prepare_trigger(params) if operation == "trigger" else self.prepare_cancel(params)

    def _read(self, operation: Operation, parsed: Any, params: dict[str, Any]) -> TriggeredRun:
        reader = self.read_trigger if operation == "trigger" else self.read_cancel
        run_id, status = reader(parsed, params)
        return TriggeredRun(vendor=self.vendor_id, run_id=run_id, status=status, raw=parsed)

    def run(self, operation: Operation, params: dict[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Validate, send (with retries) and read one operation."""
        call = self._prepare(operation, params)
        return self._read(operation, self._connection.send(call, timeout=timeout), params)

    async def run_async(self, operation: Operation, params: dict[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Async ``run``."""
        call = self._prepare(operation, params)
        return self._read(operation, await self._connection.send_async(call, timeout=timeout), params)

    def close(self) -> None:
        """Close the vendor's connection pool."""
        self._connection.close()

    async def aclose(self) -> None:
        """Close the vendor's async connection pool."""
        await self._connection.aclose()
