"""Every request the sandbox received, for tests to read back; bounded, thread-safe, secrets masked."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MASK", "RecordedRequest", "RequestLog", "masked_headers"]

MASK = "***"


@dataclass(frozen=True)
class RecordedRequest:
    """One request and how the sandbox answered it.

    ``operation`` is the spec's operationId (None for an unknown path); ``fault``
    the injected fault's kind, if one was; ``headers`` have the credentials masked.
    """

    vendor: str
    method: str
    path: str
    operation: str | None
    status: int | None  # None when the connection was dropped
    fault: str | None
    body: Any = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    at: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (the control API's form)."""
        return {
            "vendor": self.vendor,
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "status": self.status,
            "fault": self.fault,
            "body": self.body,
            "headers": dict(self.headers),
            "at": self.at,
        }


class RequestLog:
    """The last ``max_requests`` requests, oldest first."""

    def __init__(self, max_requests: int) -> None:
        if max_requests < 1:
            raise ValueError(f"max_requests must be at least 1, got {max_requests}")
        self._lock = threading.Lock()
        self._records: deque[RecordedRequest] = deque(maxlen=max_requests)

    def add(self, record: RecordedRequest) -> None:
        """Keep ``record``, forgetting the oldest if full."""
        with self._lock:
            self._records.append(record)

    def all(self, vendor: str | None = None) -> list[RecordedRequest]:
        """The records (of ``vendor``, if given), oldest first."""
        with self._lock:
            return [r for r in self._records if vendor in (None, r.vendor)]

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._records.clear()


def masked_headers(headers: Mapping[str, str], secret_header: str) -> dict[str, str]:
    """``headers`` with the credential's value replaced, so the log never holds a key."""
    secret = secret_header.lower()
    return {name: (MASK if name == secret else value) for name, value in headers.items()}
