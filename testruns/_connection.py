"""The one request path: every facade call goes through ``Connection.send`` / ``send_async``.

It owns the credentials, the base URL, timeouts, retries, debug logging and the
mapping of statuses and faults onto the error hierarchy. The generated client
builds each request and parses each response; this module only sends it.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib
import json
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import tenacity

from . import _logging
from ._errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    MissingCredentialsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    TestRunsError,
    UnexpectedResponseError,
    VendorError,
)
from ._retry import Operation, RetryPolicy, delay_before_retry, is_retryable, parse_retry_after
from .manifest import VendorEntry

Timeout = float | httpx.Timeout | None
"""Seconds (the read timeout; connect is capped at 5 s) or a full ``httpx.Timeout``."""
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_call_timeout: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar("_call_timeout", default=None)
_last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar("_last_response", default=None)


def as_timeout(value: Timeout) -> httpx.Timeout | None:
    """Seconds (read timeout, connect capped at 5 s) or an ``httpx.Timeout``."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


class _PerCallTimeout(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Applies a per-call timeout (set in a context variable) to the request before sending it."""

    def __init__(self, sync: httpx.BaseTransport | None, async_: httpx.AsyncBaseTransport | None) -> None:
        self._sync, self._async = sync, async_

    @staticmethod
    def _apply(request: httpx.Request) -> None:
        timeout = _call_timeout.get()
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._apply(request)
        assert self._sync is not None
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._apply(request)
        assert self._async is not None
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


@dataclass(frozen=True)
class Call:
    """One prepared operation: the generated functions to call and their keyword arguments."""

    operation: Operation
    sync: Callable[..., Any]
    asyncio: Callable[..., Awaitable[Any]]
    kwargs: dict[str, Any]
    request_kwargs: Callable[..., dict[str, Any]]
    """The generated module's own request builder (method, url, body), used for dry runs."""


def resolve_secret(vendor: VendorEntry, api_key: str | None) -> str:
    """The explicit key, else the manifest's environment variable; never empty."""
    secret = api_key if api_key is not None else os.environ.get(vendor.auth.env, "")
    if not secret.strip():
        raise MissingCredentialsError(
            f"{vendor.id}: no API key: set {vendor.auth.env} (or pass api_keys={{{vendor.id!r}: ...}})",
            vendor=vendor.id,
            variable=vendor.auth.env,
        )
    return secret.strip()


def resolve_base_url(vendor: VendorEntry, base_url: str | None, region: str | None) -> str:
    """Explicit base URL, else ``<VENDOR>_BASE_URL``, else the region's server (the default region's)."""
    url = base_url or os.environ.get(vendor.base_url_env, "").strip()
    if url:
        if not url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"{vendor.id}: base URL must start with http:// or https:// (from "
                f"{'base_url' if base_url else vendor.base_url_env})",
                vendor=vendor.id,
            )
        return url.rstrip("/")
    name = region or vendor.default_region
    if name not in vendor.regions:
        raise ConfigurationError(
            f"{vendor.id}: unknown region {name!r}; choose one of {', '.join(vendor.regions)}", vendor=vendor.id
        )
    return vendor.regions[name]


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


class Connection:
    """Everything one vendor's calls share: secret, URL, httpx clients, timeout and retry policy."""

    def __init__(
        self,
        vendor: VendorEntry,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        _logging.configure_from_env()
        self.vendor = vendor
        self._secret = resolve_secret(vendor, api_key)
        self.base_url = resolve_base_url(vendor, base_url, region)
        self.timeout = as_timeout(timeout) or DEFAULT_TIMEOUT
        self.retry = retry or RetryPolicy()
        package = importlib.import_module(vendor.package)
        self.client = package.AuthenticatedClient(
            base_url=self.base_url,
            token=self._secret,
            prefix=vendor.auth.prefix,
            auth_header_name=vendor.auth.header_name,
            # An undocumented status raises, so "documented but empty" (SPLX's cancel) stays distinct from it.
            raise_on_unexpected_status=True,
        )
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [self._on_request], "response": [self._on_response]}
        self.client.set_httpx_client(
            httpx.Client(
                **self._httpx_options(),
                transport=_PerCallTimeout(transport or httpx.HTTPTransport(), None),
                event_hooks=hooks,
            )
        )
        self._async_transport = async_transport

    def __repr__(self) -> str:
        return f"Connection(vendor={self.vendor.id!r}, base_url={self.base_url!r})"

    def _httpx_options(self) -> dict[str, Any]:
        """What the sync and the async httpx clients share."""
        prefix = self.vendor.auth.prefix
        auth_value = f"{prefix} {self._secret}" if prefix else self._secret
        return {
            "base_url": self.base_url,
            "headers": {self.vendor.auth.header_name: auth_value},
            "timeout": self.timeout,
        }

    def masked(self, text: str) -> str:
        """``text`` with this connection's secret masked."""
        return _logging.masked(text, self._secret)

    def _on_request(self, request: httpx.Request) -> None:
        _logging.log_request(request, self.vendor.auth.header_name, self._secret)

    def _on_response(self, response: httpx.Response) -> None:
        _last_response.set(response)
        if _logging.enabled():
            response.read()  # the hook runs before the body is read; the generated client reads it anyway
            _logging.log_response(response, self._secret)

    async def _on_request_async(self, request: httpx.Request) -> None:
        self._on_request(request)

    async def _on_response_async(self, response: httpx.Response) -> None:
        _last_response.set(response)
        if _logging.enabled():
            await response.aread()
            _logging.log_response(response, self._secret)

    def _ensure_async_client(self) -> None:
        if self.client._async_client is None:
            self.client.set_async_httpx_client(
                httpx.AsyncClient(
                    **self._httpx_options(),
                    transport=_PerCallTimeout(None, self._async_transport or httpx.AsyncHTTPTransport()),
                    event_hooks={"request": [self._on_request_async], "response": [self._on_response_async]},
                )
            )

    def build_request(self, call: Call) -> httpx.Request:
        """The request ``call`` would send, built from the generated client's own request builder."""
        request: httpx.Request = self.client.get_httpx_client().build_request(**call.request_kwargs(**call.kwargs))
        return request

    def describe(self, request: httpx.Request) -> dict[str, Any]:
        """``request`` as method, URL, headers and body, with the secret masked: what a dry run shows."""
        content = request.content.decode("utf-8", "replace")
        body: Any
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body = content
        return {
            "method": request.method,
            "url": self.masked(str(request.url)),
            "headers": _logging.masked_headers(request.headers, self.vendor.auth.header_name, self._secret),
            "body": json.loads(self.masked(json.dumps(body))),
        }

    def close(self) -> None:
        """Close the sync connection pool."""
        self.client.get_httpx_client().close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self.client._async_client is not None:
            await self.client._async_client.aclose()

    # -- the request path -------------------------------------------------

    def _retries_after(self, first: TestRunsError, operation: Operation) -> dict[str, Any] | None:
        """tenacity's settings for the retries after a failed first attempt, or None when none is safe.

        The first attempt runs outside tenacity, so a call that succeeds (nearly
        all of them) pays nothing for the retry machinery; tenacity counts and
        paces the retries from the second attempt on.
        """
        policy = self.retry
        if policy.max_retries == 0 or not is_retryable(first, operation):
            return None
        return {
            "stop": tenacity.stop_after_attempt(policy.max_retries),
            "retry": tenacity.retry_if_exception(lambda error: is_retryable(error, operation)),
            # Tenacity's attempt n is the call's attempt n + 1, so its wait precedes retry n + 1.
            "wait": lambda state: delay_before_retry(policy, state.outcome.exception(), state.attempt_number + 1),
            "reraise": True,
        }

    def send(self, call: Call, *, timeout: Timeout = None) -> Any:
        """Send ``call`` with retries where they are safe; the parsed response, or a typed error."""
        token = _call_timeout.set(as_timeout(timeout))
        try:
            try:
                return self._once(call)
            except TestRunsError as error:
                retrying = self._retries_after(error, call.operation)
                if retrying is None:
                    raise
                time.sleep(delay_before_retry(self.retry, error, 1))
            for attempt in tenacity.Retrying(**retrying):
                with attempt:
                    return self._once(call)
        finally:
            _call_timeout.reset(token)
        raise AssertionError("unreachable")  # pragma: no cover

    async def send_async(self, call: Call, *, timeout: Timeout = None) -> Any:
        """Async ``send``."""
        self._ensure_async_client()
        token = _call_timeout.set(as_timeout(timeout))
        try:
            try:
                return await self._once_async(call)
            except TestRunsError as error:
                retrying = self._retries_after(error, call.operation)
                if retrying is None:
                    raise
                await asyncio.sleep(delay_before_retry(self.retry, error, 1))
            async for attempt in tenacity.AsyncRetrying(**retrying):
                with attempt:
                    return await self._once_async(call)
        finally:
            _call_timeout.reset(token)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once_async(self, call: Call) -> Any:
        _last_response.set(None)
        try:
            response = await call.asyncio(client=self.client, **call.kwargs)
        except Exception as exc:
            raise self._fault(exc) from None
        return self._check(response)

    def _once(self, call: Call) -> Any:
        _last_response.set(None)
        try:
            response = call.sync(client=self.client, **call.kwargs)
        except Exception as exc:
            raise self._fault(exc) from None
        return self._check(response)

    def _fault(self, exc: Exception) -> Exception:
        """A transport fault or a parse failure, as a typed error."""
        vendor = self.vendor.id
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            return RequestTimeoutError(
                f"{vendor}: timed out connecting to {self.base_url}", vendor=vendor, maybe_sent=False
            )
        if isinstance(exc, httpx.ConnectError):
            return NetworkError(
                f"{vendor}: cannot connect to {self.base_url}: {self.masked(str(exc))}", vendor=vendor, maybe_sent=False
            )
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeoutError(f"{vendor}: no answer from {self.base_url} in time", vendor=vendor)
        if isinstance(exc, httpx.HTTPError):
            return NetworkError(
                f"{vendor}: connection to {self.base_url} failed: {self.masked(str(exc))}", vendor=vendor
            )
        response = _last_response.get()
        if response is not None and response.status_code >= 400:
            # Undocumented, or its body did not parse as documented: still an error of that status.
            return self._status_error(response)
        if response is not None and type(exc).__name__ == "UnexpectedStatus":
            return self.unexpected(f"{vendor}: undocumented status {response.status_code}")
        return self.unexpected(f"{vendor}: the response does not match the spec ({type(exc).__name__})")

    def unexpected(self, message: str) -> UnexpectedResponseError:
        """An ``UnexpectedResponseError`` about the last response: its status and a masked excerpt."""
        response = _last_response.get()
        excerpt = self.masked(response.text[:200]) if response is not None else ""
        status = response.status_code if response is not None else None
        return UnexpectedResponseError(f"{message}: {excerpt!r}", vendor=self.vendor.id, status=status, excerpt=excerpt)

    def _check(self, response: Any) -> Any:
        status = int(response.status_code)
        raw = _last_response.get()
        if 200 <= status < 300:
            # Documented (an undocumented status raised already); None where the spec gives no body.
            return response.parsed
        assert raw is not None
        raise self._status_error(raw)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        status, vendor = response.status_code, self.vendor.id
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        detail = _vendor_message(body) or self.masked(response.text[:200]) or response.reason_phrase
        message = f"{vendor}: HTTP {status}: {self.masked(detail)}"
        if status == 401:
            return AuthenticationError(message, vendor=vendor, status=status, body=body)
        if status == 403:
            return PermissionDeniedError(message, vendor=vendor, status=status, body=body)
        if status == 404:
            return NotFoundError(message, vendor=vendor, status=status, body=body)
        if status in (429, 503):
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return RateLimitError(message, vendor=vendor, status=status, body=body, retry_after=retry_after)
        if 400 <= status < 600:
            return VendorError(message, vendor=vendor, status=status, body=body)
        raise UnexpectedResponseError(
            f"{vendor}: undocumented status {status}",
            vendor=vendor,
            status=status,
            excerpt=self.masked(response.text[:200]),
        )
