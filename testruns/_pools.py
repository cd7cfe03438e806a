"""The async connection pools: what carries a built ``httpx.Request`` and brings its answer back, bounded.

httpx builds every request (the generated clients speak httpx), so what is sent is decided in one place
whichever pool carries it. By default aiohttp carries async requests: under many concurrent callers
httpcore's pool closes each released connection beyond its 20 kept-alive ones and its bookkeeping
grows with connections times waiting requests, so throughput collapses (``make bench`` shows both).
aiohttp keeps every one of its 100 connections alive and queues callers for them.

httpx's own ``AsyncClient`` still carries requests when the caller gives a transport (a test's
``MockTransport``) or when the environment names a proxy for the vendor's URL, which httpx honours
(``HTTPS_PROXY``, ``NO_PROXY``) exactly as the sync client does.

Each pool raises httpx's exception types, chosen for what they say about the request: only a failure
before the request left (``ConnectError``, ``ConnectTimeout``) counts as "never sent", so a trigger
is never retried after the vendor may have started a run.
"""

from __future__ import annotations

import importlib
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx

from ._requests import Outgoing
from ._tls import httpx_client_options, trusted_context

Collect = Callable[[AsyncIterator[bytes], str | None], Awaitable[bytes]]
"""Reads an answer's raw body chunk by chunk and decodes it (the ``Content-Encoding`` given), within the call's
bounds (size, decoded size and deadline)."""


@dataclass(frozen=True)
class Received:
    """An answer read in full: status, headers, reason and the (decoded) body."""

    status_code: int
    headers: Mapping[str, str]
    """Case-insensitive, as httpx's and aiohttp's both are."""
    reason_phrase: str
    content: bytes


async def _once(content: bytes) -> AsyncIterator[bytes]:
    yield content


class AsyncPool(Protocol):
    """Sends a built request and reads its answer through ``collect``."""

    async def send(self, request: Outgoing, collect: Collect) -> Received:
        """The answer to ``request``; httpx's exception types on a transport fault."""
        ...

    async def aclose(self) -> None:
        """Close every connection."""
        ...


class HttpxPool:
    """httpx's ``AsyncClient`` as the pool: for a caller's own transport, or when a proxy applies."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None) -> None:
        self._client = httpx.AsyncClient(**httpx_client_options(transport))

    async def send(self, request: Outgoing, collect: Collect) -> Received:
        """The answer to ``request``, streamed through ``collect``."""
        response = await self._client.send(request.as_httpx(), stream=True)
        try:
            if response.is_stream_consumed:  # a transport that gave its answer whole, decoded (a MockTransport)
                content = await collect(_once(response.content), None)
            else:
                content = await collect(response.aiter_raw(), response.headers.get("content-encoding"))
        finally:
            await response.aclose()
        return Received(response.status_code, response.headers, response.reason_phrase, content)

    async def aclose(self) -> None:
        """Close every connection."""
        await self._client.aclose()


def proxied(url: str) -> bool:
    """Whether the environment names a proxy for ``url`` (httpx honours it; the aiohttp pool does not)."""
    proxies = urllib.request.getproxies_environment()
    if not proxies:
        return False
    parsed = httpx.URL(url)
    if urllib.request.proxy_bypass(parsed.host):  # NO_PROXY names it
        return False
    return any(key in proxies for key in (parsed.scheme, "all"))


def async_pool(url: str, transport: httpx.AsyncBaseTransport | None) -> AsyncPool:
    """The pool for async calls to ``url``: aiohttp's, unless a transport is given or a proxy applies."""
    if transport is not None or proxied(url):
        return HttpxPool(transport)
    # aiohttp (60 ms of imports) loads with the first async call, never for a sync caller or the CLI.
    aiohttp_pool = importlib.import_module("testruns._aiohttp_pool")
    pool: AsyncPool = aiohttp_pool.AiohttpPool(trusted_context() if httpx.URL(url).scheme == "https" else None)
    return pool
