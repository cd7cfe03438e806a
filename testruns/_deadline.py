"""The sync client's transport: httpcore's connection pool, every read and write held to the attempt's deadline.

httpx's timeouts bound each read, not the answer: a vendor (or anything between) that sends the status line and
headers one byte at a time never trips a read timeout, and ``httpx.Client.send`` would wait for ever. An async
call is bounded by ``asyncio.timeout``; a sync one has no such thing. So the sync client's connections are
made through a network backend (httpcore's documented extension point) whose streams shorten each read's and
write's timeout to what is left of the deadline the calling thread set (``within``), and time out once it has
passed. Everything else is httpcore's: the transport only hands httpx's request to the pool and its answer
back, with httpcore's errors raised as httpx's of the same name (the two libraries name them alike).

It serves a vendor the client reaches directly; where the environment names a proxy for the vendor, httpx's own
transport carries the call, honouring the proxy, bounded per read only (the README says so).
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

__all__ = ["DeadlineTransport", "within"]

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("testruns_deadline", default=None)
# httpx's own client limits, so the pool behaves as the one it stands in for.
_MAX_CONNECTIONS, _MAX_KEEPALIVE, _KEEPALIVE_EXPIRY = 100, 20, 5.0
_HTTPCORE_ERRORS = (
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.ProxyError,
    httpcore.UnsupportedProtocol,
)


@contextlib.contextmanager
def within(deadline: float) -> Iterator[None]:
    """Hold the sync calls this thread makes meanwhile to ``deadline`` (``time.monotonic()``'s clock)."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def _left(timeout: float | None, late: type[Exception]) -> float | None:
    """``timeout`` shortened to the time left before the deadline; ``late`` once it has passed."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise late("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Body(httpx.SyncByteStream):
    def __init__(self, answer: httpcore.Response) -> None:
        self._answer = answer

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._answer.iter_stream()

    def close(self) -> None:
        self._answer.close()


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except _HTTPCORE_ERRORS as exc:
        kind: type[httpx.TransportError] = getattr(httpx, type(exc).__name__, httpx.TransportError)
        raise kind(str(exc)) from None


class DeadlineTransport(httpx.BaseTransport):
    """httpcore's pool over a network backend that keeps the calling thread's deadline (see ``within``)."""

    def __init__(self, ssl_context: ssl.SSLContext | None) -> None:
        """``ssl_context``: what https connections verify with (None: httpcore's default, for a plain-http vendor)."""
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=_MAX_CONNECTIONS,
            max_keepalive_connections=_MAX_KEEPALIVE,
            keepalive_expiry=_KEEPALIVE_EXPIRY,
            network_backend=_Backend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the pool; the answer's body streams as it arrives."""
        url = request.url
        sent = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # httpx's sync streams are iterables of bytes
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            answer = self._pool.handle_request(sent)
        return httpx.Response(answer.status, headers=answer.headers, stream=_Body(answer), extensions=answer.extensions)

    def close(self) -> None:
        """Close every connection."""
        self._pool.close()
