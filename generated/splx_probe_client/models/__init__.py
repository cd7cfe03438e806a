"""Contains all the data models used in inputs/outputs"""

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
