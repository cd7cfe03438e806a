"""testruns: trigger, follow and cancel test runs on any testing vendor with one call shape.

``import testruns`` loads no vendor client: each is imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import (
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    MissingCredentialsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    TestRunsError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    VendorError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    __version__: str
    from ._models import RunStatus, TriggeredRun
    from .http.retry import RetryPolicy
    from .runs.client import AsyncClient, Client
    from .vendors.registry import AnyVendorId, vendor_id

__all__ = [
    "APIStatusError",
    "AnyVendorId",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "InvalidInputError",
    "MissingCredentialsError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RunStatus",
    "TestRunsError",
    "TriggeredRun",
    "UnexpectedResponseError",
    "UnsupportedOperationError",
    "VendorError",
    "WaitTimeoutError",
    "__version__",
    "vendor_id",
]

# Each loads on first use: `testruns --help` and `testruns vendors` need none of them (dataclasses alone is 10 ms).
_LAZY = {
    "Client": ".runs.client",
    "AsyncClient": ".runs.client",
    "RetryPolicy": ".http.retry",
    "RunStatus": "._models",
    "TriggeredRun": "._models",
    "AnyVendorId": ".vendors.registry",
    "vendor_id": ".vendors.registry",
}


def _version() -> str:
    from importlib import metadata  # noqa: PLC0415 - reading package metadata costs; only when asked

    try:
        return metadata.version("testruns")
    except metadata.PackageNotFoundError:  # imported from a checkout that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> Any:
    # httpx loads only when a client is actually made; pydantic later still, with a call's models.
    if name == "__version__":
        return _version()
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'testruns' has no attribute {name!r}")
