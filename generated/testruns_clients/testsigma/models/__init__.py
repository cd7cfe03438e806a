"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .static_selection_filter import StaticSelectionFilter
    from .test_run import TestRun
    from .test_run_create_request import TestRunCreateRequest
    from .test_run_created_response import TestRunCreatedResponse
    from .test_run_created_response_data import TestRunCreatedResponseData
    from .test_run_details import TestRunDetails
    from .test_run_details_results_item import TestRunDetailsResultsItem
    from .test_run_response import TestRunResponse
    from .test_run_response_data import TestRunResponseData

__all__ = (
    "ErrorResponse",
    "StaticSelectionFilter",
    "TestRun",
    "TestRunCreateRequest",
    "TestRunCreatedResponse",
    "TestRunCreatedResponseData",
    "TestRunDetails",
    "TestRunDetailsResultsItem",
    "TestRunResponse",
    "TestRunResponseData",
)

# Each model's module, by the model's name.
_MODULES = {
    "ErrorResponse": ".error_response",
    "StaticSelectionFilter": ".static_selection_filter",
    "TestRun": ".test_run",
    "TestRunCreateRequest": ".test_run_create_request",
    "TestRunCreatedResponse": ".test_run_created_response",
    "TestRunCreatedResponseData": ".test_run_created_response_data",
    "TestRunDetails": ".test_run_details",
    "TestRunDetailsResultsItem": ".test_run_details_results_item",
    "TestRunResponse": ".test_run_response",
    "TestRunResponseData": ".test_run_response_data",
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
