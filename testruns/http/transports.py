"""The transports every call travels on: httpx builds each request; these carry it and bring the answer back.

- Async calls: aiohttp's pool through ``httpx-aiohttp``'s transport, the maintained package made for it
  (httpcore's async pool collapses under many concurrent callers; ``make bench`` shows both). Its error
  mapping is coarse (a connection dropped after the request left reads as a connect timeout), so
  ``precise`` names each failure by its aiohttp cause: only a connection never made is "never sent",
  and a trigger is never retried after the vendor may have acted.
- Sync calls: httpcore's connection pool, every read and write held to the attempt's deadline (below).
- Where the environment names a proxy for the vendor, or the caller gives a transport, httpx's own
  carries the call (it honours ``HTTPS_PROXY`` / ``NO_PROXY``).

The sync deadline:

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

import contextvars
import ssl
import time
import urllib.request
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

__all__ = ["DeadlineTransport", "aiohttp_transport", "precise", "proxied", "within"]

MAX_CONNECTIONS = 100
"""httpx's default pool size, kept for both pools: at most this many connections to one vendor at once."""
KEEPALIVE_SECONDS = 5.0
"""httpx's default: an idle connection is closed after this long."""

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("testruns_deadline", default=None)
# httpx's own client limits, so the sync pool behaves as the one it stands in for.
_MAX_KEEPALIVE = 20
_HTTPCORE_ERRORS = (
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.ProxyError,
    httpcore.UnsupportedProtocol,
)


class within:
    """Hold the sync calls this thread makes meanwhile to ``deadline`` (``time.monotonic()``'s clock).

    A class rather than a ``contextlib.contextmanager``: every sync call enters one, and a generator-based
    manager costs several calls more each time.
    """

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = _deadline.set(self._deadline)

    def __exit__(self, *exc: object) -> None:
        _deadline.reset(self._token)


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
        try:
            yield from self._answer.iter_stream()
        except _HTTPCORE_ERRORS as exc:
            raise _as_httpx_error(exc) from None

    def close(self) -> None:
        self._answer.close()


def _as_httpx_error(exc: Exception) -> httpx.TransportError:
    """httpcore's error as httpx's of the same name (a plain ``except``, not a context manager: it is on every
    call's path)."""
    kind: type[httpx.TransportError] = getattr(httpx, type(exc).__name__, httpx.TransportError)
    return kind(str(exc))


class DeadlineTransport(httpx.BaseTransport):
    """httpcore's pool over a network backend that keeps the calling thread's deadline (see ``within``)."""

    def __init__(self, ssl_context: ssl.SSLContext | None) -> None:
        """``ssl_context``: what https connections verify with (None: httpcore's default, for a plain-http vendor)."""
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=MAX_CONNECTIONS,
            max_keepalive_connections=_MAX_KEEPALIVE,
            keepalive_expiry=KEEPALIVE_SECONDS,
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
        try:
            answer = self._pool.handle_request(sent)
        except _HTTPCORE_ERRORS as exc:
            raise _as_httpx_error(exc) from None
        return httpx.Response(answer.status, headers=answer.headers, stream=_Body(answer), extensions=answer.extensions)

    def close(self) -> None:
        """Close every connection."""
        self._pool.close()


def proxied(url: str) -> bool:
    """Whether the environment names a proxy for ``url`` (then httpx's own transport carries the call)."""
    proxies = urllib.request.getproxies_environment()
    if not proxies:
        return False
    parsed = httpx.URL(url)
    if urllib.request.proxy_bypass(parsed.host):  # NO_PROXY names it
        return False
    return any(key in proxies for key in (parsed.scheme, "all"))


def aiohttp_transport(
    tls: ssl.SSLContext,
) -> tuple[httpx.AsyncBaseTransport, tuple[type[Exception], ...]]:
    """``httpx-aiohttp``'s transport over one aiohttp session (``MAX_CONNECTIONS`` kept alive, no cookie jar), and
    the errors it may let through unmapped (``aiohttp.ClientError``: see ``precise``).

    aiohttp (about 60 ms of imports) loads here, with the first async call: never for a sync caller or the CLI.
    """
    import aiohttp  # noqa: PLC0415
    from httpx_aiohttp import AiohttpTransport  # noqa: PLC0415

    class TextReason(aiohttp.ClientResponse):
        """aiohttp's answer with a reason phrase that encodes: aiohttp keeps a status line's bytes that are not
        UTF-8 as lone surrogates, and httpx-aiohttp's ``reason.encode()`` refuses them, losing an answer that a
        sync call reads (a trigger's run id among it). They are read as U+FFFD, as a decoder replaces them."""

        async def start(self, connection: aiohttp.connector.Connection) -> aiohttp.ClientResponse:
            started = await super().start(connection)
            if self.reason:
                self.reason = self.reason.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return started

    def session() -> aiohttp.ClientSession:
        # Made in the running loop, on the first request; each call carries its key and nothing a vendor set.
        connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS, keepalive_timeout=KEEPALIVE_SECONDS, ssl=tls)
        return aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), response_class=TextReason
        )

    return AiohttpTransport(verify=tls, client=session), (aiohttp.ClientError,)


def precise(exc: BaseException) -> httpx.HTTPError:
    """``exc`` as the httpx error that says whether the request may have left, read off its aiohttp cause.

    httpx-aiohttp maps every ``aiohttp.ClientConnectionError`` to ``ConnectTimeout``, a dropped connection
    mid-answer included; only a connection never made (refused, unresolvable, a TLS handshake, the connect
    timeout) is one the vendor cannot have acted on. It maps no ``ClientResponseError`` (a status line or
    header that is not HTTP) at all, and lets it through: ``exc`` may be that aiohttp error itself, whose
    ``request_info`` holds the request's headers, the key among them, so it is never kept. Any other httpx
    error is returned as it is.
    """
    cause = exc.__cause__ if isinstance(exc, httpx.HTTPError) else exc
    if cause is None or type(cause).__module__.split(".")[0] != "aiohttp":
        return exc if isinstance(exc, httpx.HTTPError) else httpx.RemoteProtocolError(type(exc).__name__)
    import aiohttp  # noqa: PLC0415 - loaded already: the cause is one of its errors

    message = str(cause) or type(cause).__name__
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ServerTimeoutError):  # connected, then no answer in time
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message)
    return httpx.ReadError(message)  # a dropped or reset connection: the request may have been sent
