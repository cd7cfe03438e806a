"""Every error the facade raises: one hierarchy under ``TestRunsError``.

Messages name the vendor, the field, the variable or the status; none carries
a secret. Each class has the CLI exit code that stands for it.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "ConfigurationError",
    "InvalidInputError",
    "MissingCredentialsError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "TestRunsError",
    "UnexpectedResponseError",
    "UnsupportedOperationError",
    "VendorError",
]


class TestRunsError(Exception):
    """Base of every error testruns raises."""

    __test__ = False  # not a pytest test class, despite the name
    exit_code = 1

    def __init__(self, message: str, *, vendor: str | None = None, status: int | None = None) -> None:
        self.message = message
        self.vendor = vendor
        self.status = status
        super().__init__(message)

    def to_dict(self) -> dict[str, Any]:
        """The error as the CLI prints it with ``--json``."""
        return {"error": type(self).__name__, "message": self.message, "vendor": self.vendor, "status": self.status}


class InvalidInputError(TestRunsError):
    """A parameter is missing, unknown, of the wrong type or out of bounds; nothing was sent."""

    exit_code = 2

    def __init__(self, message: str, *, vendor: str | None = None, field: str | None = None) -> None:
        self.field = field
        super().__init__(message, vendor=vendor)


class UnsupportedOperationError(InvalidInputError):
    """The vendor has no such operation (for example, cancel where the vendor cannot cancel)."""


class ConfigurationError(TestRunsError):
    """The client cannot be set up: unknown vendor or region, bad base URL."""

    exit_code = 3


class MissingCredentialsError(ConfigurationError):
    """No secret was given and its environment variable is unset or empty."""

    def __init__(self, message: str, *, vendor: str | None = None, variable: str) -> None:
        self.variable = variable
        super().__init__(message, vendor=vendor)


class APIStatusError(TestRunsError):
    """The vendor answered with an error status."""

    exit_code = 6

    def __init__(self, message: str, *, vendor: str | None, status: int, body: Any = None) -> None:
        self.body = body
        super().__init__(message, vendor=vendor, status=status)


class AuthenticationError(APIStatusError):
    """401: the secret was rejected."""

    exit_code = 4


class PermissionDeniedError(APIStatusError):
    """403: the secret is valid but may not do this."""

    exit_code = 4


class NotFoundError(APIStatusError):
    """404: the project, test or run does not exist."""


class RateLimitError(APIStatusError):
    """429 (or 503) still answered after the retries; ``retry_after`` is the vendor's hint in seconds."""

    exit_code = 5

    def __init__(
        self, message: str, *, vendor: str | None, status: int, body: Any = None, retry_after: float | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, vendor=vendor, status=status, body=body)


class VendorError(APIStatusError):
    """Any other 4xx or 5xx, with the vendor's own message."""


class NetworkError(TestRunsError):
    """The request could not be sent or its answer not received.

    ``maybe_sent`` is False only when the connection was never made, so the
    vendor cannot have acted on the request.
    """

    exit_code = 7

    def __init__(self, message: str, *, vendor: str | None = None, maybe_sent: bool = True) -> None:
        self.maybe_sent = maybe_sent
        super().__init__(message, vendor=vendor)


class RequestTimeoutError(NetworkError):
    """Connecting or reading took longer than the timeout."""


class UnexpectedResponseError(TestRunsError):
    """An undocumented status, a body that is not JSON, or one that does not match the spec."""

    exit_code = 8

    def __init__(self, message: str, *, vendor: str | None, status: int | None, excerpt: str = "") -> None:
        self.excerpt = excerpt
        super().__init__(message, vendor=vendor, status=status)
