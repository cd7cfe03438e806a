"""``Client`` and ``AsyncClient``: one call shape for every vendor in the manifest."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

# Generated from the manifest: one typed property per vendor (client.wallarm ...).
from testruns_clients import AsyncVendors, VendorId, Vendors

from .._errors import ClientClosedError, ConfigurationError, InvalidInputError
from .._models import RunStatus, TriggeredRun
from ..http.connection import DEFAULT_MAX_RESPONSE_BYTES, Connection, Timeout, as_timeout
from ..http.redact import KeyHolder
from ..http.retry import RetryPolicy
from ..text import shown
from ..vendors.registry import AnyVendorId, VendorSummary, summary, vendor_summaries

# adapter_classes: where it was first defined, for the tests and tools that import it from here.
from .adapter import OnStatus, VendorAdapter, facade_classes, present, to_caller, vendor_fields
from .adapter import adapter_classes as adapter_classes
from .polling import DEFAULT_POLL, DEFAULT_WAIT

if TYPE_CHECKING:
    from ..vendors.manifest import Manifest

# A vendor id as the public calls take it: one of the generated vendors' (a typo fails the type check), or a
# private vendor's, or one read at run time, through ``testruns.vendor_id`` (checked when made).
AnyVendor = VendorId | AnyVendorId


def _follow(run_or_vendor: TriggeredRun | str, run_id: object, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The vendor and the status parameters of ``wait(run)`` / ``wait(vendor, run_id)``."""
    if isinstance(run_or_vendor, TriggeredRun):
        if run_id is not None:
            raise InvalidInputError("give a TriggeredRun or a run_id, not both", field="run_id")
        return run_or_vendor.vendor, {**run_or_vendor.scope, **params, "run_id": run_or_vendor.run_id}
    if run_id is None:
        raise InvalidInputError(f"{run_or_vendor}: run_id is required", vendor=run_or_vendor, field="run_id")
    return run_or_vendor, {**params, "run_id": run_id}


def _per_vendor(name: str, given: object, vendors: Mapping[str, VendorSummary]) -> dict[str, object]:
    """``api_keys`` / ``base_urls`` / ``regions``: a mapping keyed by known vendor ids (values are checked on use)."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise ConfigurationError(f"{name} must be a dict keyed by vendor id, got a {type(given).__name__}")
    unknown = [key for key in given if key not in vendors]
    if unknown:
        raise ConfigurationError(f"{name} names an unknown vendor {shown(unknown[0])}; known: {', '.join(vendors)}")
    return dict(given)


class _Base(KeyHolder):
    def __init__(
        self,
        *,
        api_keys: Mapping[str, str | Mapping[str, str]] | None = None,
        base_urls: Mapping[str, str] | None = None,
        regions: Mapping[str, str] | None = None,
        timeout: Timeout = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        manifest: Manifest | None = None,
    ) -> None:
        # The catalog's summaries (no pydantic to load) unless a manifest is given, then its own entries.
        found = vendor_summaries() if manifest is None else tuple(map(summary, manifest.vendors))
        self._vendors = {vendor.id: vendor for vendor in found}
        self._api_keys = _per_vendor("api_keys", api_keys, self._vendors)
        self._base_urls = _per_vendor("base_urls", base_urls, self._vendors)
        self._regions = _per_vendor("regions", regions, self._vendors)
        as_timeout(timeout, error=ConfigurationError)  # a bad one is refused now, not at the first call
        self._timeout = timeout
        if max_retries is not None:
            retry = dataclasses.replace(retry or RetryPolicy(), max_retries=max_retries)
        self._retry = retry
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ConfigurationError(
                f"max_response_bytes must be a positive whole number, got {shown(max_response_bytes)}"
            )
        self._max_response_bytes = max_response_bytes
        self._transport = transport
        self._async_transport = async_transport
        self._adapters: dict[str, VendorAdapter] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendors={list(self._vendors)})"

    _is_async = False

    def __getattr__(self, name: str) -> Any:
        # A vendor added to the manifest is reachable as an attribute before it gets a typed property.
        vendors = self.__dict__.get("_vendors")
        if vendors is not None and name in vendors:
            return self.adapter(name)
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    @to_caller  # setting a vendor up reads its key and base URL: its errors come without those frames
    def adapter(self, vendor_id: str) -> VendorAdapter:
        """The vendor's adapter, set up (and its client imported) on first use."""
        if not self._closed and vendor_id not in self._adapters:
            vendor = self._vendors.get(vendor_id)
            if vendor is None:
                raise ConfigurationError(
                    f"unknown vendor {vendor_id!r}; known: {', '.join(self._vendors)}", vendor=vendor_id
                )
            adapter_class = facade_classes(vendor_id, vendor.package)[1 if self._is_async else 0]
            connection = Connection(
                vendor,
                api_key=self._api_keys.get(vendor_id),
                base_url=self._base_urls.get(vendor_id),
                region=self._regions.get(vendor_id),
                timeout=self._timeout,
                retry=self._retry,
                transport=self._transport,
                async_transport=self._async_transport,
                max_response_bytes=self._max_response_bytes,
            )
            # Two threads' first uses may both get here: both keep the first adapter stored, the one close() closes.
            self._adapters.setdefault(vendor_id, adapter_class(connection))
        if self._closed:
            # Closed before this use, or while its adapter was made (close() may have missed that one: closed here).
            made = self._adapters.get(vendor_id)
            if made is not None:
                made.close()
            raise ClientClosedError(f"this {type(self).__name__} was closed; make a new one", vendor=vendor_id)
        return self._adapters[vendor_id]


class Client(_Base, Vendors):
    """Trigger, follow and cancel test runs, synchronously.

    ``api_keys``, ``base_urls`` and ``regions`` are keyed by vendor id; what is
    not given comes from the manifest's environment variables
    (``LOADFORGE_API_KEY``, ``LOADFORGE_BASE_URL`` ...) and the default region.
    ``timeout`` (seconds) bounds each attempt's whole answer; ``max_response_bytes``
    (1 MiB) bounds its size. A closed client refuses further calls.

    A vendor's field named like one of a call's own keywords (``timeout``, ``poll``,
    ``on_status``) is passed with a trailing underscore: ``trigger("batch", timeout_=30)``.
    """

    def trigger(self, vendor: AnyVendor, /, *, timeout: Timeout = None, **params: Any) -> TriggeredRun:
        """Trigger a run on ``vendor`` with its parameters in snake_case."""
        return self.adapter(vendor).run("trigger", vendor_fields(params), timeout)

    def cancel(self, vendor: AnyVendor, /, *, timeout: Timeout = None, **params: Any) -> TriggeredRun:
        """Cancel a run, where the vendor has a cancel operation."""
        return self.adapter(vendor).run("cancel", vendor_fields(params), timeout)

    def status(
        self, vendor: AnyVendor, /, run_id: str | int | None = None, *, timeout: Timeout = None, **params: Any
    ) -> RunStatus:
        """Read a run's status once, where the vendor has a status operation (else ``UnsupportedOperationError``)."""
        return self.adapter(vendor).status_of(present({**vendor_fields(params), "run_id": run_id}), timeout)

    def wait(
        self,
        run_or_vendor: TriggeredRun | AnyVendor,
        /,
        run_id: str | int | None = None,
        *,
        timeout: float = DEFAULT_WAIT,
        poll: float = DEFAULT_POLL,
        on_status: OnStatus | None = None,
        **params: Any,
    ) -> RunStatus:
        """Poll until the run is over and return its last status; ``WaitTimeoutError`` after ``timeout`` seconds.

        ``wait(run)`` takes a ``TriggeredRun`` (its scope, such as Testsigma's ``project_id``, goes along);
        ``wait("loadforge", "123")`` a vendor and a run id. Polls from 1 s, growing to ``poll`` seconds;
        a 429, 5xx or timeout while polling is read again (after Retry-After), never the trigger.
        """
        vendor, values = _follow(run_or_vendor, run_id, vendor_fields(params))
        return self.adapter(vendor).wait_for(values, timeout=timeout, poll=poll, on_status=on_status)

    def close(self) -> None:
        """Close every connection pool opened so far; later calls raise ``ClientClosedError``."""
        self._closed = True
        for adapter in list(self._adapters.values()):  # a first use in another thread may be adding one
            adapter.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Base, AsyncVendors):
    """Trigger, follow and cancel test runs with ``await``; same arguments as ``Client``."""

    _is_async = True

    async def trigger(self, vendor: AnyVendor, /, *, timeout: Timeout = None, **params: Any) -> TriggeredRun:
        """Trigger a run on ``vendor`` with its parameters in snake_case."""
        return await self.adapter(vendor).run_async("trigger", vendor_fields(params), timeout)

    async def cancel(self, vendor: AnyVendor, /, *, timeout: Timeout = None, **params: Any) -> TriggeredRun:
        """Cancel a run, where the vendor has a cancel operation."""
        return await self.adapter(vendor).run_async("cancel", vendor_fields(params), timeout)

    async def status(
        self, vendor: AnyVendor, /, run_id: str | int | None = None, *, timeout: Timeout = None, **params: Any
    ) -> RunStatus:
        """Read a run's status once, where the vendor has a status operation."""
        return await self.adapter(vendor).status_of_async(present({**vendor_fields(params), "run_id": run_id}), timeout)

    async def wait(
        self,
        run_or_vendor: TriggeredRun | AnyVendor,
        /,
        run_id: str | int | None = None,
        *,
        timeout: float = DEFAULT_WAIT,
        poll: float = DEFAULT_POLL,
        on_status: OnStatus | None = None,
        **params: Any,
    ) -> RunStatus:
        """Poll until the run is over; cancelling the task (``asyncio``) stops the wait, not the run."""
        vendor, values = _follow(run_or_vendor, run_id, vendor_fields(params))
        return await self.adapter(vendor).wait_for_async(values, timeout=timeout, poll=poll, on_status=on_status)

    async def aclose(self) -> None:
        """Close every connection pool opened so far; later calls raise ``ClientClosedError``."""
        self._closed = True
        for adapter in list(self._adapters.values()):  # a first use in another thread may be adding one
            await adapter.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
