"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .run_request import RunRequest
from .start_run_response_200 import StartRunResponse200

__all__ = (
    "Error",
    "RunRequest",
    "StartRunResponse200",
)
