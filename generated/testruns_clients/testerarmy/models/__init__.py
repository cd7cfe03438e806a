"""Contains all the data models used in inputs/outputs; each loads on first use."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel_run_response import CancelRunResponse
    from .cancel_run_response_status import CancelRunResponseStatus
    from .error_body import ErrorBody
    from .planner_skipped_output import PlannerSkippedOutput
    from .planner_skipped_output_kind import PlannerSkippedOutputKind
    from .run_error import RunError
    from .run_mode import RunMode
    from .run_platform import RunPlatform
    from .run_response import RunResponse
    from .run_response_device_model_type_1 import RunResponseDeviceModelType1
    from .run_response_device_model_type_2_type_1 import RunResponseDeviceModelType2Type1
    from .run_response_device_model_type_3_type_1 import RunResponseDeviceModelType3Type1
    from .run_response_execution_mode_type_1 import RunResponseExecutionModeType1
    from .run_response_execution_mode_type_2_type_1 import RunResponseExecutionModeType2Type1
    from .run_response_execution_mode_type_3_type_1 import RunResponseExecutionModeType3Type1
    from .run_response_external_ref_type_0 import RunResponseExternalRefType0
    from .run_response_input import RunResponseInput
    from .run_response_platform_type_1 import RunResponsePlatformType1
    from .run_response_platform_type_2_type_1 import RunResponsePlatformType2Type1
    from .run_response_platform_type_3_type_1 import RunResponsePlatformType3Type1
    from .run_response_source_type_1 import RunResponseSourceType1
    from .run_response_source_type_2_type_1 import RunResponseSourceType2Type1
    from .run_response_source_type_3_type_1 import RunResponseSourceType3Type1
    from .run_response_status import RunResponseStatus
    from .run_response_step_results_type_0_item import RunResponseStepResultsType0Item
    from .run_response_test_plan_type_0 import RunResponseTestPlanType0
    from .run_response_type import RunResponseType
    from .run_response_webhook_status_type_1 import RunResponseWebhookStatusType1
    from .run_response_webhook_status_type_2_type_1 import RunResponseWebhookStatusType2Type1
    from .run_response_webhook_status_type_3_type_1 import RunResponseWebhookStatusType3Type1
    from .run_status import RunStatus
    from .test_output import TestOutput
    from .test_output_issues_item import TestOutputIssuesItem
    from .test_output_issues_item_type import TestOutputIssuesItemType
    from .test_output_result import TestOutputResult
    from .test_output_steps_item import TestOutputStepsItem
    from .test_output_steps_item_status import TestOutputStepsItemStatus
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
    "PlannerSkippedOutput",
    "PlannerSkippedOutputKind",
    "RunError",
    "RunMode",
    "RunPlatform",
    "RunResponse",
    "RunResponseDeviceModelType1",
    "RunResponseDeviceModelType2Type1",
    "RunResponseDeviceModelType3Type1",
    "RunResponseExecutionModeType1",
    "RunResponseExecutionModeType2Type1",
    "RunResponseExecutionModeType3Type1",
    "RunResponseExternalRefType0",
    "RunResponseInput",
    "RunResponsePlatformType1",
    "RunResponsePlatformType2Type1",
    "RunResponsePlatformType3Type1",
    "RunResponseSourceType1",
    "RunResponseSourceType2Type1",
    "RunResponseSourceType3Type1",
    "RunResponseStatus",
    "RunResponseStepResultsType0Item",
    "RunResponseTestPlanType0",
    "RunResponseType",
    "RunResponseWebhookStatusType1",
    "RunResponseWebhookStatusType2Type1",
    "RunResponseWebhookStatusType3Type1",
    "RunStatus",
    "TestOutput",
    "TestOutputIssuesItem",
    "TestOutputIssuesItemType",
    "TestOutputResult",
    "TestOutputStepsItem",
    "TestOutputStepsItemStatus",
    "TriggerATestRunRequestBadRequestError",
    "TriggerATestRunRequestGatewayTimeoutError",
    "TriggerATestRunRequestInternalServerError",
    "TriggerATestRunRequestTooManyRequestsError",
    "TriggerATestRunRequestUnauthorizedError",
    "TriggerRunRequest",
    "TriggerRunResponse",
)

# Each model's module, by the model's name.
_MODULES = {
    "CancelRunResponse": ".cancel_run_response",
    "CancelRunResponseStatus": ".cancel_run_response_status",
    "ErrorBody": ".error_body",
    "PlannerSkippedOutput": ".planner_skipped_output",
    "PlannerSkippedOutputKind": ".planner_skipped_output_kind",
    "RunError": ".run_error",
    "RunMode": ".run_mode",
    "RunPlatform": ".run_platform",
    "RunResponse": ".run_response",
    "RunResponseDeviceModelType1": ".run_response_device_model_type_1",
    "RunResponseDeviceModelType2Type1": ".run_response_device_model_type_2_type_1",
    "RunResponseDeviceModelType3Type1": ".run_response_device_model_type_3_type_1",
    "RunResponseExecutionModeType1": ".run_response_execution_mode_type_1",
    "RunResponseExecutionModeType2Type1": ".run_response_execution_mode_type_2_type_1",
    "RunResponseExecutionModeType3Type1": ".run_response_execution_mode_type_3_type_1",
    "RunResponseExternalRefType0": ".run_response_external_ref_type_0",
    "RunResponseInput": ".run_response_input",
    "RunResponsePlatformType1": ".run_response_platform_type_1",
    "RunResponsePlatformType2Type1": ".run_response_platform_type_2_type_1",
    "RunResponsePlatformType3Type1": ".run_response_platform_type_3_type_1",
    "RunResponseSourceType1": ".run_response_source_type_1",
    "RunResponseSourceType2Type1": ".run_response_source_type_2_type_1",
    "RunResponseSourceType3Type1": ".run_response_source_type_3_type_1",
    "RunResponseStatus": ".run_response_status",
    "RunResponseStepResultsType0Item": ".run_response_step_results_type_0_item",
    "RunResponseTestPlanType0": ".run_response_test_plan_type_0",
    "RunResponseType": ".run_response_type",
    "RunResponseWebhookStatusType1": ".run_response_webhook_status_type_1",
    "RunResponseWebhookStatusType2Type1": ".run_response_webhook_status_type_2_type_1",
    "RunResponseWebhookStatusType3Type1": ".run_response_webhook_status_type_3_type_1",
    "RunStatus": ".run_status",
    "TestOutput": ".test_output",
    "TestOutputIssuesItem": ".test_output_issues_item",
    "TestOutputIssuesItemType": ".test_output_issues_item_type",
    "TestOutputResult": ".test_output_result",
    "TestOutputStepsItem": ".test_output_steps_item",
    "TestOutputStepsItemStatus": ".test_output_steps_item_status",
    "TriggerATestRunRequestBadRequestError": ".trigger_a_test_run_request_bad_request_error",
    "TriggerATestRunRequestGatewayTimeoutError": ".trigger_a_test_run_request_gateway_timeout_error",
    "TriggerATestRunRequestInternalServerError": ".trigger_a_test_run_request_internal_server_error",
    "TriggerATestRunRequestTooManyRequestsError": ".trigger_a_test_run_request_too_many_requests_error",
    "TriggerATestRunRequestUnauthorizedError": ".trigger_a_test_run_request_unauthorized_error",
    "TriggerRunRequest": ".trigger_run_request",
    "TriggerRunResponse": ".trigger_run_response",
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
