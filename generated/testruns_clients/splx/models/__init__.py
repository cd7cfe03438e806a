"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_details_dto import ErrorDetailsDto
    from .error_response import ErrorResponse
    from .test_run_trigger_dto import TestRunTriggerDto
    from .trigger_test_run_request import TriggerTestRunRequest

__all__ = (
    "ErrorDetailsDto",
    "ErrorResponse",
    "TestRunTriggerDto",
    "TriggerTestRunRequest",
)

# Each model's module, by the model's name.
_MODULES = {
    "ErrorDetailsDto": ".error_details_dto",
    "ErrorResponse": ".error_response",
    "TestRunTriggerDto": ".test_run_trigger_dto",
    "TriggerTestRunRequest": ".trigger_test_run_request",
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
