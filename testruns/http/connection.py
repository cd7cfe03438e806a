"""The one request path: every facade call goes through ``Connection.send`` / ``send_async``.

It owns the vendor's target (base URL and key, ``_target``), timeouts, retries, debug logging, the
bounds on an answer, and the mapping of statuses and faults onto the error
hierarchy. The generated client builds each request (``request_kwargs``) and
parses each answer (``parse_response``); this module sends it, streamed, so an
answer is cut at ``max_response_bytes`` and at the attempt's deadline.
"""

from __future__ import annotations

import functools
import http.cookiejar
import importlib
import json
import math
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

import httpx

from .._errors import (
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    TestRunsError,
    UnexpectedResponseError,
    VendorError,
    detached,
)
from ..runs.call import Call, value_at
from ..text import clipped, shown
from ..vendors.registry import VendorSummary
from . import log as _logging
from . import watch as _watch
from .decoding import ACCEPT_ENCODING, Decode, decoder
from .redact import KeyHolder, Redactor
from .retry import MAX_TIMEOUT, Operation, RetryPolicy, parse_retry_after
from .target import Target
from .tls import httpx_client_options, trusted_context
from .transports import MAX_CONNECTIONS, DeadlineTransport, aiohttp_transport, precise, proxied, within

if TYPE_CHECKING:
    import asyncio

Timeout = float | httpx.Timeout | None
"""Seconds (the whole answer must arrive within them; connect is capped at 5 s) or a full ``httpx.Timeout``."""
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
"""A test-run answer is a few hundred bytes; a megabyte is far beyond any documented one."""
URLS_KEPT = 64
"""Parsed URLs a client keeps (``Connection._url``): its operations' paths, and the runs it follows."""
LONG_WAIT = 10.0
"""After this many seconds without a complete answer, a call says it is still waiting (the CLI shows it)."""


def as_timeout(value: object, *, error: type[TestRunsError] = InvalidInputError) -> httpx.Timeout | None:
    """Seconds (read timeout and deadline; connect capped at 5 s) or an ``httpx.Timeout`` (each phase positive
    and finite, or None); else ``error``."""
    if value is None:
        return value
    if isinstance(value, httpx.Timeout):
        phases = (value.connect, value.read, value.write, value.pool)
        if all(phase is None or _seconds(phase) for phase in phases):
            return value
    elif _seconds(value):
        return httpx.Timeout(float(value), connect=min(5.0, float(value)))
    raise error(
        f"timeout must be a positive number of seconds up to {MAX_TIMEOUT:g} (a day), or an httpx.Timeout of them, "
        f"got {shown(value)}"
    )


def _seconds(value: object) -> TypeGuard[float]:
    """Whether ``value`` is a positive number of seconds a socket takes (``MAX_TIMEOUT`` at most)."""
    return not isinstance(value, bool) and isinstance(value, int | float) and 0 < value <= MAX_TIMEOUT


def _without_read(timeout: httpx.Timeout) -> httpx.Timeout:
    """``timeout`` with no per-read bound (``Connection._whole``)."""
    return httpx.Timeout(connect=timeout.connect, read=None, write=timeout.write, pool=timeout.pool)


def deadline_seconds(timeout: httpx.Timeout) -> float:
    """How long one attempt may take in all: the read timeout, or the longest phase when none is set."""
    phases = [s for s in (timeout.read, timeout.connect, timeout.write, timeout.pool) if s is not None]
    return timeout.read if timeout.read is not None else max(phases, default=math.inf)


@dataclass(frozen=True)
class Answer:
    """A success answer: the generated client's parsed model and the response it came from."""

    parsed: Any
    response: ReadResponse


def _vendor_message(body: Any) -> str | None:
    """The vendor's own message from any of the documented error shapes."""
    if isinstance(body, dict):
        for key in ("message", "error", "body"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                nested = _vendor_message(value)
                if nested:
                    return nested
    return None


def failure_reason(error: TestRunsError) -> str:
    """What went wrong, in the words of a retry notice: ``429``, ``a dropped connection``."""
    if error.status is not None:
        return str(error.status)
    if isinstance(error, RequestTimeoutError):
        return "a timeout"
    return "a failed connection"


class Connection(KeyHolder):
    """Everything one vendor's calls share: secret, URL, httpx clients, timeout, retry policy and bounds."""

    def __init__(
        self,
        vendor: VendorSummary,
        *,
        api_key: object = None,
        base_url: object = None,
        region: object = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        _logging.configure_from_env()
        self.vendor = vendor
        self.target = Target(vendor, api_key=api_key, base_url=base_url, region=region)
        _logging.mask_dependency_logs(self.target)
        self.timeout = as_timeout(timeout, error=ConfigurationError) or DEFAULT_TIMEOUT
        self._default_budget = deadline_seconds(self.timeout)
        self._whole_default = _without_read(self.timeout)
        self.retry = retry or RetryPolicy()
        self.max_response_bytes = max_response_bytes
        package = importlib.import_module(vendor.package)
        # The generated client only parses answers here (the facade sends), so it never holds the secret.
        self.client = package.Client(base_url=self.base_url, raise_on_unexpected_status=True)
        self._unexpected_status: type[Exception] = importlib.import_module(f"{vendor.package}.errors").UnexpectedStatus
        self._transport = transport
        self._async_transport = async_transport
        self._http: httpx.Client | None = None
        # The request builders, with the key's headers and without (an operation that needs no key): one each,
        # made again only when the key is read anew, never once per call.
        self._builders: dict[bool, tuple[dict[str, str], httpx.Client]] = {}
        # httpx's parsed URL for each URL text, kept for the calls that come back to it (a trigger's never
        # changes): parsing the text is a third of building a request. Bounded, and this client's own.
        self._url = functools.lru_cache(maxsize=URLS_KEPT)(httpx.URL)
        self._async: httpx.AsyncClient | None = None
        # What an async attempt turns into a typed error: httpx's errors, and those its transport lets through.
        self._async_errors: tuple[type[Exception], ...] = (httpx.HTTPError,)
        # Async attempts on the facade's own pool: at most its connections at once (``_once_async``).
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the one loop aiohttp's pool serves
        self._closed = False

    def __repr__(self) -> str:
        return f"Connection(vendor={self.vendor.id!r}, base_url={self.redactor.url(self.base_url)!r})"

    @property
    def base_url(self) -> str:
        """The region's server, or the checked override without its trailing slash."""
        return self.target.base_url

    @property
    def redactor(self) -> Redactor:
        """Masks the key (once read) in anything shown."""
        return self.target.redactor

    def auth_headers(self) -> dict[str, str]:
        """The headers that carry the key, read from ``api_keys`` or the environment on first use."""
        return self.target.auth_headers()

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"{self.vendor.id}: the client was closed; make a new one", vendor=self.vendor.id)

    def _sync_http(self) -> httpx.Client:
        self._check_open()
        if self._http is None:
            # On the first send (never a dry run's): the deadline-keeping transport where the vendor is reached
            # directly; the caller's, or httpx's own where the environment names a proxy (httpx honours it).
            if self._transport is not None or proxied(self.base_url):
                self._http = httpx.Client(cookies=_NoCookies(), **httpx_client_options(self._transport))
            else:
                tls = trusted_context() if self.base_url.startswith("https:") else None
                self._http = httpx.Client(cookies=_NoCookies(), transport=DeadlineTransport(tls))
        return self._http

    def _async_http(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        self._check_open()
        if self._async is None:
            if self._async_transport is not None or proxied(self.base_url):
                self._async = httpx.AsyncClient(cookies=_NoCookies(), **httpx_client_options(self._async_transport))
            else:
                import asyncio  # noqa: PLC0415 - asyncio loads for async callers only

                transport, unmapped = aiohttp_transport(trusted_context())
                self._async = httpx.AsyncClient(cookies=_NoCookies(), transport=transport)
                self._async_errors = (httpx.HTTPError, *unmapped)
                self._slots = asyncio.Semaphore(MAX_CONNECTIONS)
                self._loop = loop
        elif self._loop is not None and self._loop is not loop:
            # aiohttp's connections (and the slots) belong to one loop: another asyncio.run would find it closed.
            raise ConfigurationError(
                f"{self.vendor.id}: this AsyncClient's connections belong to the event loop that first used it; "
                "make one AsyncClient per event loop (per asyncio.run)",
                vendor=self.vendor.id,
            )
        return self._async

    def close(self) -> None:
        """Close the sync connection pool; later calls raise ``ClientClosedError``."""
        self._closed = True
        if self._http is not None:
            self._http.close()

    async def aclose(self) -> None:
        """Close both connection pools; later calls raise ``ClientClosedError``."""
        self.close()
        if self._async is not None:
            await self._async.aclose()

    # -- building ---------------------------------------------------------

    def build_request(self, call: Call, timeout: Timeout = None) -> httpx.Request:
        """The exact request ``call`` sends, built by httpx from the generated ``request_kwargs``; not sent.

        The URL is the vendor's server joined with the operation's path (``Target.url``); a client that only
        builds holds the key's headers, so httpx merges them as it merges any client's; it never sends, so no
        cookie a vendor set ever rides along.
        """
        return self._build(call, as_timeout(timeout) or self.timeout)

    def _build(self, call: Call, per_call: httpx.Timeout) -> httpx.Request:
        # An operation the spec declares no security for is sent without the key (and needs none).
        auth = self.auth_headers() if call.needs_key else _NO_KEY
        built = self._builders.get(call.needs_key)
        if built is None or built[0] is not auth:
            # A transport that never sends: httpx then makes no TLS context (a bundle's load) nor proxy mounts.
            # The client's timeout is the builder's default, so a call that gives none passes none.
            # No base URL: each request's URL is absolute already (``Target.url``), so httpx parses it once
            # rather than parsing the path and then the joined URL again.
            builder = httpx.Client(headers=auth, timeout=self.timeout, transport=httpx.BaseTransport())
            # Only the encodings the facade can decode within an answer's bound (set in place: the order stays).
            builder.headers["Accept-Encoding"] = ACCEPT_ENCODING
            built = self._builders[call.needs_key] = (auth, builder)
        timeout = httpx.USE_CLIENT_DEFAULT if per_call is self.timeout else per_call
        try:
            kwargs = call.request(self.vendor.id)
            kwargs["url"] = self._url(self.target.url(kwargs["url"]))
            return built[1].build_request(**kwargs, timeout=timeout)
        except (httpx.InvalidURL, UnicodeError) as exc:  # idna's IDNAError, for a host, is a UnicodeError
            self._refuse_base_url()
            if isinstance(exc, httpx.InvalidURL):
                problem = "a path or query value makes an invalid URL"
            else:
                problem = "a value cannot be encoded (a lone surrogate, or a header value that is not ASCII)"
        # The value itself is never repeated: it may be anything.
        raise InvalidInputError(f"{self.vendor.id}: {problem}", vendor=self.vendor.id)

    def _refuse_base_url(self) -> None:
        """A ``ConfigurationError`` where the base URL itself is what httpx refuses (a host it cannot encode):
        the caller's values are then not at fault. Asked only once a request could not be built."""
        try:
            httpx.URL(self.base_url).host  # noqa: B018 - parsed, and its host decoded, as building a request does
        except (httpx.InvalidURL, UnicodeError) as exc:
            vendor = self.vendor
            raise ConfigurationError(
                f"{vendor.id}: the base URL is not one httpx can send to ({self.redactor.text(str(exc))}); "
                f"give another in base_urls or {vendor.base_url_env}",
                vendor=vendor.id,
            ) from None

    # -- the request path -------------------------------------------------

    def _again(self, error: TestRunsError, operation: Operation, attempt: int, retries: bool) -> float | None:
        """Seconds before attempt ``attempt + 1`` after ``error`` (announced), or None: the policy's decision."""
        delay = self.retry.delay_after(error, operation, attempt) if retries else None
        if delay is not None:
            _logging.log_retry(self.vendor.name, failure_reason(error), delay)
        return delay

    def send(self, call: Call, *, timeout: Timeout = None, retries: bool = True) -> Answer:
        """Send ``call`` with retries where they are safe; the parsed answer, or a typed error.

        ``retries=False``: one attempt only (a wait does its own pacing between reads).
        """
        per_call = as_timeout(timeout) or self.timeout
        request, budget = self._build(call, per_call), self._budget(per_call)
        attempt = 1
        while True:
            try:
                return self._once(call, request, budget, attempt)
            except TestRunsError as error:
                delay = self._again(error, call.operation, attempt, retries)
                if delay is None:
                    raise detached(error) from None
            time.sleep(delay)
            attempt += 1

    async def send_async(self, call: Call, *, timeout: Timeout = None, retries: bool = True) -> Answer:
        """Async ``send``; cancelling the task cancels the call."""
        per_call = as_timeout(timeout) or self.timeout
        request, budget = self._build(call, self._whole(per_call)), self._budget(per_call)
        attempt = 1
        while True:
            try:
                return await self._once_async(call, request, budget, attempt)
            except TestRunsError as error:
                delay = self._again(error, call.operation, attempt, retries)
                if delay is None:
                    raise detached(error) from None
            import asyncio  # noqa: PLC0415 - asyncio loads for async callers only; asked only before a retry

            await asyncio.sleep(delay)
            attempt += 1

    def _whole(self, per_call: httpx.Timeout) -> httpx.Timeout:
        """``per_call`` without its per-read bound, for an async attempt: the attempt's deadline (``_once_async``)
        bounds every read already, and a per-read bound, at most as long, could never end first, while the
        transport would set and reset a timer for it on every read."""
        return self._whole_default if per_call is self.timeout else _without_read(per_call)

    def _budget(self, per_call: httpx.Timeout) -> float:
        """The seconds an attempt may take in all (the client's, worked out once, where the call gives none)."""
        return self._default_budget if per_call is self.timeout else deadline_seconds(per_call)

    def _long_wait(self, operation: Operation) -> Callable[[], None]:
        return lambda: _logging.log_long_wait(self.vendor.name, LONG_WAIT, operation)

    @staticmethod
    def _watched(budget: float) -> bool:
        """Whether an attempt gets the "still waiting" notice: it can outlast LONG_WAIT and someone would see it."""
        return budget > LONG_WAIT and _logging.long_waits_shown()

    def _once(self, call: Call, request: httpx.Request, budget: float, attempt: int) -> Answer:
        """One attempt; ``budget`` is the seconds its whole answer may take."""
        # Asked once per attempt: with the logger off (the usual case) no line is built, and nothing else asks.
        logged = _logging.enabled()
        if logged:
            _logging.log_request(request, self.redactor, attempt)
        started = time.monotonic()
        deadline = started + budget
        watch = _watch.after(LONG_WAIT, self._long_wait(call.operation)) if self._watched(budget) else None
        try:
            # Every read and write, the status line and headers' too, within the deadline (``_deadline``).
            with within(deadline):
                response = self._sync_http().send(request, stream=True)
                try:
                    content = self._collect_sync(response, deadline)
                finally:
                    response.close()
        except httpx.HTTPError as exc:
            raise self._fault(exc) from None
        finally:
            if watch is not None:
                watch.cancel()
        return self._answer(call, ReadResponse(response, content), started, logged)

    async def _once_async(self, call: Call, request: httpx.Request, budget: float, attempt: int) -> Answer:
        # Asked once per attempt: with the logger off (the usual case) no line is built, and nothing else asks.
        logged = _logging.enabled()
        if logged:
            _logging.log_request(request, self.redactor, attempt)
        started = time.monotonic()
        deadline = started + budget
        import asyncio  # noqa: PLC0415 - asyncio loads for async callers only (about 10 ms of a cold start)

        loop = asyncio.get_running_loop()
        http = self._async_http(loop)  # before the timer: a client of another loop is refused, nothing armed
        watch = loop.call_later(LONG_WAIT, self._long_wait(call.operation)) if self._watched(budget) else None
        # Callers beyond the pool's connections wait here, holding only their built request, rather than each
        # holding aiohttp's state for a request queued inside it (a tenth of the memory at 1,000 callers).
        slots = self._slots
        sending = False
        try:
            # The deadline covers the whole attempt, however slowly the answer (or its head) trickles in.
            async with asyncio.timeout_at(loop.time() + budget):
                if slots is not None:
                    await slots.acquire()  # one await, where ``async with`` makes three coroutines
                try:
                    sending = True
                    response = await http.send(request, stream=True)
                    try:
                        body, whole = self._reading(response, deadline)
                        if whole is not None:
                            body.add(whole)
                        else:
                            async for chunk in response.aiter_raw():
                                body.add(chunk)
                        content = body.finish()
                    finally:
                        await response.aclose()
                finally:
                    if slots is not None:
                        slots.release()
        except TimeoutError:
            if not sending:  # every connection stayed busy: nothing was sent, so a trigger may be sent again
                raise self._fault(httpx.PoolTimeout("no connection came free in time")) from None
            raise self._too_slow() from None
        except self._async_errors as exc:
            raise self._fault(precise(exc)) from None
        finally:
            if watch is not None:
                watch.cancel()
        return self._answer(call, ReadResponse(response, content), started, logged)

    def _collect_sync(self, response: httpx.Response, deadline: float) -> bytes:
        body, whole = self._reading(response, deadline)
        for chunk in (whole,) if whole is not None else response.iter_raw():
            body.add(chunk)
        return body.finish()

    def _reading(self, response: httpx.Response, deadline: float) -> tuple[_Body, bytes | None]:
        """The answer's body reader, and the whole body where the transport gave it read and decoded already
        (a ``MockTransport``); otherwise its raw chunks are to be read, and decoded here."""
        if response.is_stream_consumed:
            return _Body(self, None, deadline), response.content
        encoding = response.headers.get("content-encoding")
        try:
            decode = decoder(encoding)
        except ValueError as exc:
            raise UnexpectedResponseError(f"{self.vendor.id}: {exc}", vendor=self.vendor.id, status=None) from None
        return _Body(self, decode, deadline), None

    def _within_bounds(self, size: int, deadline: float) -> None:
        if size > self.max_response_bytes:
            raise ResponseTooLargeError(
                f"{self.vendor.id}: the answer is longer than {self.max_response_bytes} bytes; "
                "it was not read further (raise max_response_bytes if the vendor's answers are this large)",
                vendor=self.vendor.id,
                status=None,
            )
        if time.monotonic() > deadline:
            raise self._too_slow()

    def _too_slow(self) -> RequestTimeoutError:
        return RequestTimeoutError(
            f"{self.vendor.id}: no complete answer from {self.redactor.url(self.base_url)} in time",
            vendor=self.vendor.id,
        )

    def _fault(self, exc: httpx.HTTPError) -> NetworkError:
        """A transport fault as a typed error."""
        vendor, where = self.vendor.id, self.redactor.url(self.base_url)
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            return RequestTimeoutError(f"{vendor}: timed out connecting to {where}", vendor=vendor, maybe_sent=False)
        if isinstance(exc, httpx.ConnectError):
            detail = self.redactor.text(str(exc))
            return NetworkError(f"{vendor}: cannot connect to {where}: {detail}", vendor=vendor, maybe_sent=False)
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeoutError(f"{vendor}: no answer from {where} in time", vendor=vendor)
        detail = self.redactor.text(str(exc))
        return NetworkError(f"{vendor}: connection to {where} failed: {detail}", vendor=vendor)

    def _answer(self, call: Call, response: ReadResponse, started: float, logged: bool) -> Answer:
        """The parsed success answer; an error status, an undocumented one or an off-spec body raises.

        ``logged``: whether the attempt is logged (then so is its answer)."""
        if logged:
            _logging.log_response(response, self.redactor, time.monotonic() - started)
        status = response.status_code
        if status >= 400:
            raise self._status_error(response)
        try:
            return Answer(call.parse_response(client=self.client, response=response), response)
        except self._unexpected_status:
            raise self.unexpected(response, f"{self.vendor.id}: undocumented status {status}") from None
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            if call.lenient and status < 300 and isinstance(response.document(), dict):
                return Answer(None, response)
            # What the generated parser raises on a body that is not JSON or not shaped as the spec says.
            # A success answer may still name the run it started: that id must reach the caller.
            raise self.unexpected(
                response,
                f"{self.vendor.id}: the response does not match the spec ({type(exc).__name__})",
                run_id=value_at(response.document(), call.run_id_at) if status < 300 else None,
            ) from None

    def unexpected(self, response: ReadResponse, message: str, run_id: str | None = None) -> UnexpectedResponseError:
        """An ``UnexpectedResponseError`` about ``response``: its status and a masked excerpt.

        ``message`` is masked too: it may quote a value of the answer (the spec check's ``got ...``).
        """
        excerpt = self.redactor.body(response.content)
        return UnexpectedResponseError(
            f"{self.redactor.text(message)}: {shown(excerpt)}",
            vendor=self.vendor.id,
            status=response.status_code,
            excerpt=excerpt,
            run_id=run_id,
        )

    def _status_error(self, response: ReadResponse) -> APIStatusError:
        status, vendor = response.status_code, self.vendor.id
        try:
            body: Any = self.redactor.data(response.document())  # the body parsed once, as every reader reads it
        except RecursionError:  # a document nested as deep as the parser goes, masked a level deeper
            body = None
        detail = (
            _vendor_message(body) or self.redactor.body(response.content) or self.redactor.text(response.reason_phrase)
        )
        message = f"{vendor}: HTTP {status}: {clipped(detail)}"
        if status == 401:
            return AuthenticationError(message, vendor=vendor, status=status, body=body)
        if status == 403:
            return PermissionDeniedError(message, vendor=vendor, status=status, body=body)
        if status == 404:
            return NotFoundError(message, vendor=vendor, status=status, body=body)
        if status in (429, 503):
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return RateLimitError(message, vendor=vendor, status=status, body=body, retry_after=retry_after)
        return VendorError(message, vendor=vendor, status=status, body=body)


class _NoCookies(http.cookiejar.CookieJar):
    """The sending clients' jar: it keeps no cookie a vendor sets.

    Requests are built by a client that never sends (``build_request``), so a cookie in the sending client's
    jar would never ride along anyway; httpx reads every answer's ``Set-Cookie`` into its jar, through
    ``email`` and ``urllib`` objects, and a jar that keeps nothing spares each call that work.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        """Keep nothing."""


class _Body:
    """An answer's body, read a chunk at a time: decoded (``decode``; None where the answer is not encoded), cut
    at ``max_response_bytes`` (decoded size) and at the attempt's deadline. The sync and the async read feed it
    alike."""

    __slots__ = ("_connection", "_deadline", "_decode", "_kept")

    def __init__(self, connection: Connection, decode: Decode | None, deadline: float) -> None:
        self._connection, self._decode, self._deadline = connection, decode, deadline
        self._kept = bytearray()

    def add(self, chunk: bytes) -> None:
        """One more raw chunk (an empty one flushes the decoder)."""
        connection = self._connection
        if self._decode is not None:
            try:
                chunk = self._decode(chunk, connection.max_response_bytes - len(self._kept))
            except zlib.error:
                raise UnexpectedResponseError(
                    f"{connection.vendor.id}: the answer's compressed body is broken",
                    vendor=connection.vendor.id,
                    status=None,
                ) from None
        self._kept += chunk
        connection._within_bounds(len(self._kept), self._deadline)

    def finish(self) -> bytes:
        """The whole body, once the decoder (if any) has given what it still holds."""
        if self._decode is not None:
            self.add(b"")
        return bytes(self._kept)


_UNREAD = object()
_NO_KEY: dict[str, str] = {}


class ReadResponse:
    """An answer read in full within its bounds: what the generated parser and the errors read of it.

    The streamed ``httpx.Response`` cannot be given its (decoded, bounded) body back through httpx's public
    API, so this carries it, with the same names: ``status_code``, ``headers``, ``content``, ``json()``.
    """

    __slots__ = ("_document", "_response", "content", "headers", "request", "status_code")

    def __init__(self, response: httpx.Response, content: bytes) -> None:
        self._response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request = response.request
        self.content = content
        self._document: Any = _UNREAD

    @property
    def reason_phrase(self) -> str:
        """The status line's reason (``Not Found``), read where an error shows it."""
        return self._response.reason_phrase

    @property
    def text(self) -> str:
        """The body as text (a generated parser reads a text answer so), in the encoding ``json.loads`` reads it
        in (UTF-8, -16 or -32), undecodable bytes replaced."""
        return self.content.decode(json.detect_encoding(self.content), "replace")

    def json(self) -> Any:
        """The body as JSON, parsed once: the generated parser, the facade and the answer's check all read it."""
        if self._document is _UNREAD:
            self._document = json.loads(self.content)
        return self._document

    def document(self) -> Any:
        """The body as JSON, or None where it is not JSON."""
        try:
            return self.json() if self.content else None
        except (ValueError, RecursionError):
            return None
