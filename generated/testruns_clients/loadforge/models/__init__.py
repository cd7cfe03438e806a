"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel_run_response_200 import CancelRunResponse200
    from .error import Error
    from .result import Result
    from .result_run_status import ResultRunStatus
    from .run_request import RunRequest
    from .start_run_response_200 import StartRunResponse200

__all__ = (
    "CancelRunResponse200",
    "Error",
    "Result",
    "ResultRunStatus",
    "RunRequest",
    "StartRunResponse200",
)

# Each model's module, by the model's name.
_MODULES = {
    "CancelRunResponse200": ".cancel_run_response_200",
    "Error": ".error",
    "Result": ".result",
    "ResultRunStatus": ".result_run_status",
    "RunRequest": ".run_request",
    "StartRunResponse200": ".start_run_response_200",
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
