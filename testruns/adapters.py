"""What the generated facade classes (``<package>/facade.py``) and typed properties are built from.

Public for the generated code, and for anyone who writes a facade of their own
by hand: ``VendorAdapter`` runs an operation through the one request path,
``Endpoint`` says which generated call it makes (``ModelShape`` and ``FieldShape``
describe its models' fields, so a plain call needs no pydantic), ``StateMap`` how a status
answer reads, ``present`` drops the parameters a caller left at ``None``.
"""

from __future__ import annotations

from ._adapter import Endpoint, InputField, OnStatus, VendorAccess, VendorAdapter, present
from ._connection import Timeout
from ._lifecycle import StateMap
from ._models import RunStatus, TriggeredRun
from ._polling import DEFAULT_POLL, DEFAULT_WAIT
from ._retry import Operation
from ._shapes import FieldShape, ModelShape

__all__ = [
    "DEFAULT_POLL",
    "DEFAULT_WAIT",
    "Endpoint",
    "FieldShape",
    "InputField",
    "ModelShape",
    "OnStatus",
    "Operation",
    "RunStatus",
    "StateMap",
    "Timeout",
    "TriggeredRun",
    "VendorAccess",
    "VendorAdapter",
    "present",
]
