"""Every error the facade raises: one hierarchy under ``TestRunsError``.

Messages name the vendor, the field, the variable or the status; none carries
a secret, and none chains to the exception it came from (an httpx error holds
the request, and the request holds the key). Each class has the CLI exit code
that stands for it, and says whether the vendor may have acted (``maybe_sent``):
a CI job can tell "no run was started" from "a run may have started".

    TestRunsError
    ├── InvalidInputError                  2  nothing sent
    │   └── UnsupportedOperationError
    ├── ConfigurationError                 3  nothing sent
    │   ├── MissingCredentialsError
    │   └── ClientClosedError
    ├── APIStatusError                        the vendor answered an error status
    │   ├── AuthenticationError            4
    │   ├── PermissionDeniedError          4
    │   ├── RateLimitError                 5
    │   ├── VendorError                    6
    │   └── NotFoundError                  6
    ├── NetworkError                       7
    │   └── RequestTimeoutError
    ├── UnexpectedResponseError            8  the vendor answered, off its spec
    │   └── ResponseTooLargeError
    └── WaitTimeoutError                  11  the run did not end in time (it may still be going)

A run that ends ``failed`` (9), ``cancelled`` / ``error`` (10) or ``inconclusive`` (12: a
verdict the manifest does not map) is an outcome, not an error: ``wait`` returns its
``RunStatus`` and the CLI turns it into the exit code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._models import RunStatus

ErrorT = TypeVar("ErrorT", bound=BaseException)

__all__ = [
    "APIStatusError",
    "AuthenticationError",
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
    "TestRunsError",
    "UnexpectedResponseError",
    "UnsupportedOperationError",
    "VendorError",
    "WaitTimeoutError",
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

    @property
    def maybe_sent(self) -> bool:
        """Whether the vendor may have acted on the request (a run may have started)."""
        return False

    @property
    def run_id(self) -> str | None:
        """The run's id, where the vendor answered with one although the call failed."""
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its message and attributes, not its keywords: an error raised in a worker process
        # (concurrent.futures, multiprocessing) reaches the parent as itself, not as a broken pool.
        return _rebuilt, (type(self), self.args), self.__dict__

    def to_dict(self) -> dict[str, Any]:
        """The error as the CLI prints it with ``--json``."""
        data = {
            "error": type(self).__name__,
            "message": self.message,
            "vendor": self.vendor,
            "status": self.status,
            "maybe_sent": self.maybe_sent,
        }
        if self.run_id is not None:
            data["run_id"] = self.run_id
        return data


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


class ClientClosedError(ConfigurationError):
    """The client was closed; make a new one."""


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

    @property
    def maybe_sent(self) -> bool:
        """A 4xx or a 503 is a refusal; another 5xx may have come after the vendor acted."""
        return self.status is not None and self.status >= 500 and self.status != 503


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
        self._maybe_sent = maybe_sent
        super().__init__(message, vendor=vendor)

    @property
    def maybe_sent(self) -> bool:
        """False only when the connection was never made."""
        return self._maybe_sent


class RequestTimeoutError(NetworkError):
    """Connecting or reading took longer than the timeout."""


class UnexpectedResponseError(TestRunsError):
    """An undocumented status, a body that is not JSON, or one that does not match the spec.

    The vendor answered, so it may have acted: after a success status a run may
    well have started, and ``run_id`` carries its id where the answer had one.
    """

    exit_code = 8

    def __init__(
        self, message: str, *, vendor: str | None, status: int | None, excerpt: str = "", run_id: str | None = None
    ) -> None:
        self.excerpt = excerpt
        self._run_id = run_id
        super().__init__(message, vendor=vendor, status=status)

    @property
    def maybe_sent(self) -> bool:
        """Always: the vendor answered."""
        return True

    @property
    def run_id(self) -> str | None:
        """The run's id, where the answer had a readable one."""
        return self._run_id


class ResponseTooLargeError(UnexpectedResponseError):
    """The answer was longer than the client's ``max_response_bytes``; it was not read further."""


class WaitTimeoutError(TestRunsError):
    """The run was not over by the wait's deadline; ``last`` is the last status read (None if none was).

    The run is left as it is: it may still be going, and ``testruns wait`` can pick it up again.
    """

    exit_code = 11

    def __init__(
        self, message: str, *, vendor: str, run_id: str, last: RunStatus | None, last_error: TestRunsError | None
    ) -> None:
        self._run_id = run_id
        self.last = last
        self.last_error = last_error
        super().__init__(message, vendor=vendor)

    @property
    def run_id(self) -> str | None:
        """The run waited for."""
        return self._run_id

    def to_dict(self) -> dict[str, Any]:
        """The error, with the last state read."""
        data = super().to_dict()
        if self.last is not None:
            data.update(state=self.last.state, vendor_state=self.last.vendor_state)
        return data


def _rebuilt(cls: type[TestRunsError], args: tuple[Any, ...]) -> TestRunsError:
    """An unpickled error: its class and message; ``pickle`` then restores its attributes."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


def detached(error: ErrorT) -> ErrorT:
    """``error`` as it reaches the caller: without the exception it came from (an httpx error holds the request,
    and the request the key) and without the frames it was raised through, whose locals hold the vendor's
    answer as it came, a key it echoed unmasked, for any report of locals to show (``pytest -l``, an error
    tracker). Raised ``from None`` in the frame that calls this."""
    error.__cause__ = None
    error.__context__ = None
    return error.with_traceback(None)
