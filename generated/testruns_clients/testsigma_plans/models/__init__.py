"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .execution_result import ExecutionResult
    from .trigger_request import TriggerRequest
    from .trigger_request_execution_config import TriggerRequestExecutionConfig
    from .trigger_request_upload_versions import TriggerRequestUploadVersions

__all__ = (
    "ErrorResponse",
    "ExecutionResult",
    "TriggerRequest",
    "TriggerRequestExecutionConfig",
    "TriggerRequestUploadVersions",
)

# Each model's module, by the model's name.
_MODULES = {
    "ErrorResponse": ".error_response",
    "ExecutionResult": ".execution_result",
    "TriggerRequest": ".trigger_request",
    "TriggerRequestExecutionConfig": ".trigger_request_execution_config",
    "TriggerRequestUploadVersions": ".trigger_request_upload_versions",
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
