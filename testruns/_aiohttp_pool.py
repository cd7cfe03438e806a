"""aiohttp's connection pool carrying the requests httpx builds (see ``_pools`` for why)."""

from __future__ import annotations

import asyncio
import functools
import ssl

import aiohttp
import httpx
import yarl

from ._pools import Collect, Received
from ._requests import Outgoing, keep

MAX_CONNECTIONS = 100
"""httpx's default pool size, kept: at most this many connections to one vendor at once."""
KEEPALIVE_SECONDS = 5.0
"""httpx's default: an idle connection is closed after this long."""
CHUNK = 64 * 1024


def _fault(exc: aiohttp.ClientError) -> httpx.TransportError:
    """aiohttp's error as the httpx error that says as much about whether the request left."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # no connection within the connect timeout
        return httpx.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, unresolvable, TLS handshake, proxy
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.SocketTimeoutError):  # connected, then no answer in time
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message)
    # A dropped or reset connection, and anything else: the request may have been sent.
    return httpx.ReadError(message)


def _timeout(request: Outgoing) -> aiohttp.ClientTimeout:
    """The call's own connect and read timeouts (its whole deadline is the caller's to keep)."""
    phases = request.extensions.get("timeout", {})
    return _phases(phases.get("connect"), phases.get("read"))


@functools.lru_cache(maxsize=64)
def _phases(connect: float | None, read: float | None) -> aiohttp.ClientTimeout:
    # Frozen, so one per pair of timeouts serves every call that has them.
    return aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)


class AiohttpPool:
    """100 connections, every one kept alive; callers beyond them wait their turn."""

    def __init__(self, tls: ssl.SSLContext | None) -> None:
        """``tls``: what https connections verify with; None for a plain-http vendor, which needs none."""
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None
        self._urls: dict[str, yarl.URL] = {}
        # Callers beyond the connections wait here holding only their built request, not an aiohttp
        # one each as well: 1,000 concurrent triggers then take a quarter less memory.
        self._slots = asyncio.Semaphore(MAX_CONNECTIONS)

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=MAX_CONNECTIONS,
            keepalive_timeout=KEEPALIVE_SECONDS,
            # The certificates httpx trusts, as the sync client does. A plain-http vendor never opens TLS;
            # True (aiohttp's own verifying context) only keeps verification on should it ever do so.
            ssl=True if self._tls is None else self._tls,
        )
        return aiohttp.ClientSession(
            connector=connector,
            # No cookie jar: each call carries its key and nothing a vendor set on an earlier answer.
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            # Only what httpx put on the request is sent: aiohttp adds no headers of its own.
            skip_auto_headers=("User-Agent", "Content-Type", "Accept", "Accept-Encoding"),
        )

    def _url(self, url: httpx.URL) -> yarl.URL:
        text = str(url)
        parsed = self._urls.get(text)
        if parsed is None:
            # Already percent-encoded by httpx: sent as it is, not quoted again.
            parsed = keep(self._urls, text, yarl.URL(text, encoded=True))
        return parsed

    async def send(self, request: Outgoing, collect: Collect) -> Received:
        """The answer to ``request``: aiohttp carries it; ``collect`` decodes it, bounded."""
        if self._session is None:
            self._session = self._open()
        try:
            async with (
                self._slots,
                self._session.request(
                    request.method,
                    self._url(request.url),
                    # Latin-1 is how httpx encoded them: the bytes on the wire are httpx's.
                    headers=[(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.raw_headers],
                    data=request.content or None,
                    allow_redirects=False,
                    timeout=_timeout(request),
                ) as answer,
            ):
                content = await collect(answer.content.iter_chunked(CHUNK), answer.headers.get("content-encoding"))
                return Received(answer.status, answer.headers, answer.reason or "", content)
        except aiohttp.ClientError as exc:
            raise _fault(exc) from None

    async def aclose(self) -> None:
        """Close every connection."""
        if self._session is not None:
            await self._session.close()
