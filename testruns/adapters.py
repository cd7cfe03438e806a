"""What the generated facade classes (``<package>/facade.py``) and typed properties are built from.

Public for the generated code, and for anyone who writes a facade of their own
by hand: ``VendorAdapter`` runs an operation through the one request path,
``Endpoint`` says which generated call it makes and which generated models judge it,
``StateMap`` how a status answer reads, ``present`` drops the parameters a caller left at ``None``,
``vendor_fields`` reads ``timeout_`` as the vendor's field ``timeout`` (``CALL_KEYWORDS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._models import RunStatus, TriggeredRun
from .http.retry import Operation
from .runs.adapter import (
    CALL_KEYWORDS,
    Endpoint,
    Form,
    InputField,
    OnStatus,
    VendorAccess,
    VendorAdapter,
    present,
    vendor_fields,
)
from .runs.lifecycle import StateMap
from .runs.polling import DEFAULT_POLL, DEFAULT_WAIT

if TYPE_CHECKING:
    from .http.connection import Timeout

__all__ = [
    "CALL_KEYWORDS",
    "DEFAULT_POLL",
    "DEFAULT_WAIT",
    "Endpoint",
    "Form",
    "InputField",
    "OnStatus",
    "Operation",
    "RunStatus",
    "StateMap",
    "Timeout",
    "TriggeredRun",
    "VendorAccess",
    "VendorAdapter",
    "present",
    "vendor_fields",
]


def __getattr__(name: str) -> object:
    # ``Timeout`` names httpx's class, and the generated facades import this module: a dry run, which
    # builds no connection, loads no httpx for it.
    if name == "Timeout":
        from .http.connection import Timeout  # noqa: PLC0415

        return Timeout
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
