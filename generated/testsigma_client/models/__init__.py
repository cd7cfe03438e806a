"""Contains all the data models used in inputs/outputs"""

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
