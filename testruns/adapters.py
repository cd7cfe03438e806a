"""What the generated facade classes (``<package>/facade.py``) and typed properties are built from.

Public for the generated code, and for anyone who writes a facade of their own
by hand: ``VendorAdapter`` runs an operation through the one request path,
``Endpoint`` says which generated call it makes, ``present`` drops the
parameters a caller left at ``None``.
"""

from __future__ import annotations

from ._adapter import Endpoint, InputField, VendorAccess, VendorAdapter, present
from ._connection import Timeout
from ._models import TriggeredRun
from ._retry import Operation

__all__ = ["Endpoint", "InputField", "Operation", "Timeout", "TriggeredRun", "VendorAccess", "VendorAdapter", "present"]
