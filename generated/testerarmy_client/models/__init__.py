"""Contains all the data models used in inputs/outputs"""

from .cancel_run_response import CancelRunResponse
from .cancel_run_response_status import CancelRunResponseStatus
from .error_body import ErrorBody
from .run_mode import RunMode
from .run_platform import RunPlatform
from .run_status import RunStatus
from .trigger_a_test_run_request_bad_request_error import TriggerATestRunRequestBadRequestError
from .trigger_a_test_run_request_gateway_timeout_error import TriggerATestRunRequestGatewayTimeoutError
from .trigger_a_test_run_request_internal_server_error import TriggerATestRunRequestInternalServerError
from .trigger_a_test_run_request_too_many_requests_error import TriggerATestRunRequestTooManyRequestsError
from .trigger_a_test_run_request_unauthorized_error import TriggerATestRunRequestUnauthorizedError
from .trigger_run_request import TriggerRunRequest
from .trigger_run_response import TriggerRunResponse

__all__ = (
    "CancelRunResponse",
    "CancelRunResponseStatus",
    "ErrorBody",
    "RunMode",
    "RunPlatform",
    "RunStatus",
    "TriggerATestRunRequestBadRequestError",
    "TriggerATestRunRequestGatewayTimeoutError",
    "TriggerATestRunRequestInternalServerError",
    "TriggerATestRunRequestTooManyRequestsError",
    "TriggerATestRunRequestUnauthorizedError",
    "TriggerRunRequest",
    "TriggerRunResponse",
)
