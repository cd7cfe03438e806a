"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .bad_request_error_details_dto import BadRequestErrorDetailsDto
    from .bad_request_error_details_dto_validation_errors_type_0 import BadRequestErrorDetailsDtoValidationErrorsType0
    from .error_details_dto import ErrorDetailsDto
    from .error_response import ErrorResponse
    from .forbidden_error import ForbiddenError
    from .internal_server_error import InternalServerError
    from .not_found_example_error import NotFoundExampleError
    from .test_run_trigger_dto import TestRunTriggerDto
    from .trigger_test_run_request import TriggerTestRunRequest
    from .unauthorized_error import UnauthorizedError
    from .unauthorized_with_logout_error import UnauthorizedWithLogoutError

__all__ = (
    "BadRequestErrorDetailsDto",
    "BadRequestErrorDetailsDtoValidationErrorsType0",
    "ErrorDetailsDto",
    "ErrorResponse",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundExampleError",
    "TestRunTriggerDto",
    "TriggerTestRunRequest",
    "UnauthorizedError",
    "UnauthorizedWithLogoutError",
)

# Each model's module, by the model's name.
_MODULES = {
    "BadRequestErrorDetailsDto": ".bad_request_error_details_dto",
    "BadRequestErrorDetailsDtoValidationErrorsType0": ".bad_request_error_details_dto_validation_errors_type_0",
    "ErrorDetailsDto": ".error_details_dto",
    "ErrorResponse": ".error_response",
    "ForbiddenError": ".forbidden_error",
    "InternalServerError": ".internal_server_error",
    "NotFoundExampleError": ".not_found_example_error",
    "TestRunTriggerDto": ".test_run_trigger_dto",
    "TriggerTestRunRequest": ".trigger_test_run_request",
    "UnauthorizedError": ".unauthorized_error",
    "UnauthorizedWithLogoutError": ".unauthorized_with_logout_error",
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
