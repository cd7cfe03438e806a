"""Contains all the data models used in inputs/outputs"""

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
