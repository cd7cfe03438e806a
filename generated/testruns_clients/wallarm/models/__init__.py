"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_envelope import ErrorEnvelope
    from .test_run import TestRun
    from .test_run_create_request import TestRunCreateRequest
    from .test_run_details import TestRunDetails
    from .test_run_details_state import TestRunDetailsState
    from .test_run_envelope import TestRunEnvelope
    from .test_run_status_envelope import TestRunStatusEnvelope
    from .vulnerability import Vulnerability

__all__ = (
    "ErrorEnvelope",
    "TestRun",
    "TestRunCreateRequest",
    "TestRunDetails",
    "TestRunDetailsState",
    "TestRunEnvelope",
    "TestRunStatusEnvelope",
    "Vulnerability",
)

# Each model's module, by the model's name.
_MODULES = {
    "ErrorEnvelope": ".error_envelope",
    "TestRun": ".test_run",
    "TestRunCreateRequest": ".test_run_create_request",
    "TestRunDetails": ".test_run_details",
    "TestRunDetailsState": ".test_run_details_state",
    "TestRunEnvelope": ".test_run_envelope",
    "TestRunStatusEnvelope": ".test_run_status_envelope",
    "Vulnerability": ".vulnerability",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = getattr(import_module(module, __name__), name)
    globals()[name] = found  # later lookups skip this function
    return found


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})  # a model loaded already is in both
