"""Contains all the data models used in inputs/outputs"""

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
