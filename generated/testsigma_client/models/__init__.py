"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .static_selection_filter import StaticSelectionFilter
from .test_run import TestRun
from .test_run_create_request import TestRunCreateRequest
from .test_run_created_response import TestRunCreatedResponse
from .test_run_created_response_data import TestRunCreatedResponseData

__all__ = (
    "ErrorResponse",
    "StaticSelectionFilter",
    "TestRun",
    "TestRunCreateRequest",
    "TestRunCreatedResponse",
    "TestRunCreatedResponseData",
)
