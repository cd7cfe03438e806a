"""Every request the sandbox received, for tests to read back; bounded, thread-safe, secrets masked."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..http.redact import MASK, is_credential_header

__all__ = ["MASK", "MAX_LOGGED_BODY", "RecordedRequest", "RequestLog", "logged_body", "masked_headers"]

MAX_LOGGED_BODY = 64 * 1024
"""A logged body beyond this is kept as the start of its text (every real trigger body is far smaller)."""


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
    size: int = 0  # the body's length in bytes, as received (the kept body may be cut)

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
            "size": self.size,
        }


class RequestLog:
    """The last ``max_requests`` requests, oldest first, their bodies ``max_bytes`` in all at most."""

    def __init__(self, max_requests: int, max_bytes: int = 16 * 1024 * 1024) -> None:
        if max_requests < 1 or max_bytes < 1:
            raise ValueError(f"max_requests and max_bytes must be at least 1, got {max_requests}, {max_bytes}")
        self._lock = threading.Lock()
        self._records: deque[RecordedRequest] = deque()
        self._max_requests = max_requests
        self._max_bytes = max_bytes
        self._bytes = 0

    def add(self, record: RecordedRequest) -> None:
        """Keep ``record``, forgetting the oldest while there are too many or their bodies are too large."""
        kept = min(record.size, MAX_LOGGED_BODY)  # what the record holds of its body, about
        with self._lock:
            self._records.append(record)
            self._bytes += kept
            while len(self._records) > self._max_requests or (self._bytes > self._max_bytes and len(self._records) > 1):
                gone = self._records.popleft()
                self._bytes -= min(gone.size, MAX_LOGGED_BODY)

    def all(self, vendor: str | None = None) -> list[RecordedRequest]:
        """The records (of ``vendor``, if given), oldest first."""
        with self._lock:
            return [r for r in self._records if vendor in (None, r.vendor)]

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._records.clear()
            self._bytes = 0


def logged_body(body: bytes) -> Any:
    """The body as kept in the log: JSON data if it is JSON, else text; past ``MAX_LOGGED_BODY``, its start."""
    if not body:
        return None
    if len(body) > MAX_LOGGED_BODY:
        return body[:MAX_LOGGED_BODY].decode("utf-8", "replace") + f"... ({len(body)} bytes in all)"
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return body.decode("utf-8", "replace")


def masked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with every credential's value replaced (``Authorization``, ``Cookie``, ``*token*``, ``*key*``
    ...), so the log never holds a key, whatever header a client put it in."""
    return {name: (MASK if is_credential_header(name) else value) for name, value in headers.items()}
