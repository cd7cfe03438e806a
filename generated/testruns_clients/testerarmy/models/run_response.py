from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_response_device_model_type_1 import RunResponseDeviceModelType1
from ..models.run_response_device_model_type_2_type_1 import RunResponseDeviceModelType2Type1
from ..models.run_response_device_model_type_3_type_1 import RunResponseDeviceModelType3Type1
from ..models.run_response_execution_mode_type_1 import RunResponseExecutionModeType1
from ..models.run_response_execution_mode_type_2_type_1 import RunResponseExecutionModeType2Type1
from ..models.run_response_execution_mode_type_3_type_1 import RunResponseExecutionModeType3Type1
from ..models.run_response_platform_type_1 import RunResponsePlatformType1
from ..models.run_response_platform_type_2_type_1 import RunResponsePlatformType2Type1
from ..models.run_response_platform_type_3_type_1 import RunResponsePlatformType3Type1
from ..models.run_response_source_type_1 import RunResponseSourceType1
from ..models.run_response_source_type_2_type_1 import RunResponseSourceType2Type1
from ..models.run_response_source_type_3_type_1 import RunResponseSourceType3Type1
from ..models.run_response_status import RunResponseStatus
from ..models.run_response_type import RunResponseType
from ..models.run_response_webhook_status_type_1 import RunResponseWebhookStatusType1
from ..models.run_response_webhook_status_type_2_type_1 import RunResponseWebhookStatusType2Type1
from ..models.run_response_webhook_status_type_3_type_1 import RunResponseWebhookStatusType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.planner_skipped_output import PlannerSkippedOutput
    from ..models.run_error import RunError
    from ..models.run_response_external_ref_type_0 import RunResponseExternalRefType0
    from ..models.run_response_input import RunResponseInput
    from ..models.run_response_step_results_type_0_item import RunResponseStepResultsType0Item
    from ..models.run_response_test_plan_type_0 import RunResponseTestPlanType0
    from ..models.test_output import TestOutput


T = TypeVar("T", bound="RunResponse")


@_attrs_define
class RunResponse:
    """
    Attributes:
        id (UUID):
        type_ (RunResponseType):
        status (RunResponseStatus):
        input_ (RunResponseInput): The request that started the run.
        created_at (datetime.datetime):
        platform (None | RunResponsePlatformType1 | RunResponsePlatformType2Type1 | RunResponsePlatformType3Type1 |
            Unset):
        device_model (None | RunResponseDeviceModelType1 | RunResponseDeviceModelType2Type1 |
            RunResponseDeviceModelType3Type1 | Unset):
        source (None | RunResponseSourceType1 | RunResponseSourceType2Type1 | RunResponseSourceType3Type1 | Unset):
        execution_mode (None | RunResponseExecutionModeType1 | RunResponseExecutionModeType2Type1 |
            RunResponseExecutionModeType3Type1 | Unset):
        project_id (None | Unset | UUID):
        test_id (None | Unset | UUID):
        user_name (None | str | Unset):
        external_ref (None | RunResponseExternalRefType0 | Unset):
        webhook_url (None | str | Unset):
        webhook_status (None | RunResponseWebhookStatusType1 | RunResponseWebhookStatusType2Type1 |
            RunResponseWebhookStatusType3Type1 | Unset):
        output (None | PlannerSkippedOutput | TestOutput | Unset): What the run found (null until it completes).
        test_plan (None | RunResponseTestPlanType0 | Unset): The plan of a CI run.
        step_results (list[RunResponseStepResultsType0Item] | None | Unset):
        error (None | RunError | Unset): Why the run failed (status failed); null otherwise.
        duration_ms (float | None | Unset):
        auto_retry_count (int | None | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    id: UUID
    type_: RunResponseType
    status: RunResponseStatus
    input_: RunResponseInput
    created_at: datetime.datetime
    platform: (
        None | RunResponsePlatformType1 | RunResponsePlatformType2Type1 | RunResponsePlatformType3Type1 | Unset
    ) = UNSET
    device_model: (
        None | RunResponseDeviceModelType1 | RunResponseDeviceModelType2Type1 | RunResponseDeviceModelType3Type1 | Unset
    ) = UNSET
    source: None | RunResponseSourceType1 | RunResponseSourceType2Type1 | RunResponseSourceType3Type1 | Unset = UNSET
    execution_mode: (
        None
        | RunResponseExecutionModeType1
        | RunResponseExecutionModeType2Type1
        | RunResponseExecutionModeType3Type1
        | Unset
    ) = UNSET
    project_id: None | Unset | UUID = UNSET
    test_id: None | Unset | UUID = UNSET
    user_name: None | str | Unset = UNSET
    external_ref: None | RunResponseExternalRefType0 | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    webhook_status: (
        None
        | RunResponseWebhookStatusType1
        | RunResponseWebhookStatusType2Type1
        | RunResponseWebhookStatusType3Type1
        | Unset
    ) = UNSET
    output: None | PlannerSkippedOutput | TestOutput | Unset = UNSET
    test_plan: None | RunResponseTestPlanType0 | Unset = UNSET
    step_results: list[RunResponseStepResultsType0Item] | None | Unset = UNSET
    error: None | RunError | Unset = UNSET
    duration_ms: float | None | Unset = UNSET
    auto_retry_count: int | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.planner_skipped_output import PlannerSkippedOutput
        from ..models.run_error import RunError
        from ..models.run_response_external_ref_type_0 import RunResponseExternalRefType0
        from ..models.run_response_test_plan_type_0 import RunResponseTestPlanType0
        from ..models.test_output import TestOutput

        id = str(self.id)

        type_ = self.type_.value

        status = self.status.value

        input_ = self.input_.to_dict()

        created_at = self.created_at.isoformat()

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif (
            isinstance(self.platform, RunResponsePlatformType1)
            or isinstance(self.platform, RunResponsePlatformType2Type1)
            or isinstance(self.platform, RunResponsePlatformType3Type1)
        ):
            platform = self.platform.value
        else:
            platform = self.platform

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        elif (
            isinstance(self.device_model, RunResponseDeviceModelType1)
            or isinstance(self.device_model, RunResponseDeviceModelType2Type1)
            or isinstance(self.device_model, RunResponseDeviceModelType3Type1)
        ):
            device_model = self.device_model.value
        else:
            device_model = self.device_model

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif (
            isinstance(self.source, RunResponseSourceType1)
            or isinstance(self.source, RunResponseSourceType2Type1)
            or isinstance(self.source, RunResponseSourceType3Type1)
        ):
            source = self.source.value
        else:
            source = self.source

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif (
            isinstance(self.execution_mode, RunResponseExecutionModeType1)
            or isinstance(self.execution_mode, RunResponseExecutionModeType2Type1)
            or isinstance(self.execution_mode, RunResponseExecutionModeType3Type1)
        ):
            execution_mode = self.execution_mode.value
        else:
            execution_mode = self.execution_mode

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        external_ref: dict[str, Any] | None | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        elif isinstance(self.external_ref, RunResponseExternalRefType0):
            external_ref = self.external_ref.to_dict()
        else:
            external_ref = self.external_ref

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_status: None | str | Unset
        if isinstance(self.webhook_status, Unset):
            webhook_status = UNSET
        elif (
            isinstance(self.webhook_status, RunResponseWebhookStatusType1)
            or isinstance(self.webhook_status, RunResponseWebhookStatusType2Type1)
            or isinstance(self.webhook_status, RunResponseWebhookStatusType3Type1)
        ):
            webhook_status = self.webhook_status.value
        else:
            webhook_status = self.webhook_status

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, TestOutput) or isinstance(self.output, PlannerSkippedOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        test_plan: dict[str, Any] | None | Unset
        if isinstance(self.test_plan, Unset):
            test_plan = UNSET
        elif isinstance(self.test_plan, RunResponseTestPlanType0):
            test_plan = self.test_plan.to_dict()
        else:
            test_plan = self.test_plan

        step_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.step_results, Unset):
            step_results = UNSET
        elif isinstance(self.step_results, list):
            step_results = []
            for step_results_type_0_item_data in self.step_results:
                step_results_type_0_item = step_results_type_0_item_data.to_dict()
                step_results.append(step_results_type_0_item)

        else:
            step_results = self.step_results

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RunError):
            error = self.error.to_dict()
        else:
            error = self.error

        duration_ms: float | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        auto_retry_count: int | None | Unset
        if isinstance(self.auto_retry_count, Unset):
            auto_retry_count = UNSET
        else:
            auto_retry_count = self.auto_retry_count

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "input": input_,
                "createdAt": created_at,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
        if device_model is not UNSET:
            field_dict["deviceModel"] = device_model
        if source is not UNSET:
            field_dict["source"] = source
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if test_id is not UNSET:
            field_dict["testId"] = test_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if webhook_status is not UNSET:
            field_dict["webhookStatus"] = webhook_status
        if output is not UNSET:
            field_dict["output"] = output
        if test_plan is not UNSET:
            field_dict["testPlan"] = test_plan
        if step_results is not UNSET:
            field_dict["stepResults"] = step_results
        if error is not UNSET:
            field_dict["error"] = error
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if auto_retry_count is not UNSET:
            field_dict["autoRetryCount"] = auto_retry_count
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.planner_skipped_output import PlannerSkippedOutput
        from ..models.run_error import RunError
        from ..models.run_response_external_ref_type_0 import RunResponseExternalRefType0
        from ..models.run_response_input import RunResponseInput
        from ..models.run_response_step_results_type_0_item import RunResponseStepResultsType0Item
        from ..models.run_response_test_plan_type_0 import RunResponseTestPlanType0
        from ..models.test_output import TestOutput

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = RunResponseType(d.pop("type"))

        status = RunResponseStatus(d.pop("status"))

        input_ = RunResponseInput.from_dict(d.pop("input"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_platform(
            data: object,
        ) -> None | RunResponsePlatformType1 | RunResponsePlatformType2Type1 | RunResponsePlatformType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_1 = RunResponsePlatformType1(data)

                return platform_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_2_type_1 = RunResponsePlatformType2Type1(data)

                return platform_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_3_type_1 = RunResponsePlatformType3Type1(data)

                return platform_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RunResponsePlatformType1 | RunResponsePlatformType2Type1 | RunResponsePlatformType3Type1 | Unset,
                data,
            )

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_device_model(
            data: object,
        ) -> (
            None
            | RunResponseDeviceModelType1
            | RunResponseDeviceModelType2Type1
            | RunResponseDeviceModelType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_model_type_1 = RunResponseDeviceModelType1(data)

                return device_model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_model_type_2_type_1 = RunResponseDeviceModelType2Type1(data)

                return device_model_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_model_type_3_type_1 = RunResponseDeviceModelType3Type1(data)

                return device_model_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RunResponseDeviceModelType1
                | RunResponseDeviceModelType2Type1
                | RunResponseDeviceModelType3Type1
                | Unset,
                data,
            )

        device_model = _parse_device_model(d.pop("deviceModel", UNSET))

        def _parse_source(
            data: object,
        ) -> None | RunResponseSourceType1 | RunResponseSourceType2Type1 | RunResponseSourceType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = RunResponseSourceType1(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_2_type_1 = RunResponseSourceType2Type1(data)

                return source_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_3_type_1 = RunResponseSourceType3Type1(data)

                return source_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RunResponseSourceType1 | RunResponseSourceType2Type1 | RunResponseSourceType3Type1 | Unset, data
            )

        source = _parse_source(d.pop("source", UNSET))

        def _parse_execution_mode(
            data: object,
        ) -> (
            None
            | RunResponseExecutionModeType1
            | RunResponseExecutionModeType2Type1
            | RunResponseExecutionModeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_1 = RunResponseExecutionModeType1(data)

                return execution_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_2_type_1 = RunResponseExecutionModeType2Type1(data)

                return execution_mode_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_3_type_1 = RunResponseExecutionModeType3Type1(data)

                return execution_mode_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RunResponseExecutionModeType1
                | RunResponseExecutionModeType2Type1
                | RunResponseExecutionModeType3Type1
                | Unset,
                data,
            )

        execution_mode = _parse_execution_mode(d.pop("executionMode", UNSET))

        def _parse_project_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_id_type_0 = UUID(data)

                return project_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_test_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_id_type_0 = UUID(data)

                return test_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        test_id = _parse_test_id(d.pop("testId", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("userName", UNSET))

        def _parse_external_ref(data: object) -> None | RunResponseExternalRefType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_ref_type_0 = RunResponseExternalRefType0.from_dict(data)

                return external_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunResponseExternalRefType0 | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl", UNSET))

        def _parse_webhook_status(
            data: object,
        ) -> (
            None
            | RunResponseWebhookStatusType1
            | RunResponseWebhookStatusType2Type1
            | RunResponseWebhookStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_status_type_1 = RunResponseWebhookStatusType1(data)

                return webhook_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_status_type_2_type_1 = RunResponseWebhookStatusType2Type1(data)

                return webhook_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_status_type_3_type_1 = RunResponseWebhookStatusType3Type1(data)

                return webhook_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RunResponseWebhookStatusType1
                | RunResponseWebhookStatusType2Type1
                | RunResponseWebhookStatusType3Type1
                | Unset,
                data,
            )

        webhook_status = _parse_webhook_status(d.pop("webhookStatus", UNSET))

        def _parse_output(data: object) -> None | PlannerSkippedOutput | TestOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = TestOutput.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_1 = PlannerSkippedOutput.from_dict(data)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlannerSkippedOutput | TestOutput | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_test_plan(data: object) -> None | RunResponseTestPlanType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_plan_type_0 = RunResponseTestPlanType0.from_dict(data)

                return test_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunResponseTestPlanType0 | Unset, data)

        test_plan = _parse_test_plan(d.pop("testPlan", UNSET))

        def _parse_step_results(data: object) -> list[RunResponseStepResultsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                step_results_type_0 = []
                _step_results_type_0 = data
                for step_results_type_0_item_data in _step_results_type_0:
                    step_results_type_0_item = RunResponseStepResultsType0Item.from_dict(step_results_type_0_item_data)

                    step_results_type_0.append(step_results_type_0_item)

                return step_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunResponseStepResultsType0Item] | None | Unset, data)

        step_results = _parse_step_results(d.pop("stepResults", UNSET))

        def _parse_error(data: object) -> None | RunError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = RunError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_duration_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("durationMs", UNSET))

        def _parse_auto_retry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_retry_count = _parse_auto_retry_count(d.pop("autoRetryCount", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        run_response = cls(
            id=id,
            type_=type_,
            status=status,
            input_=input_,
            created_at=created_at,
            platform=platform,
            device_model=device_model,
            source=source,
            execution_mode=execution_mode,
            project_id=project_id,
            test_id=test_id,
            user_name=user_name,
            external_ref=external_ref,
            webhook_url=webhook_url,
            webhook_status=webhook_status,
            output=output,
            test_plan=test_plan,
            step_results=step_results,
            error=error,
            duration_ms=duration_ms,
            auto_retry_count=auto_retry_count,
            started_at=started_at,
            completed_at=completed_at,
        )

        run_response.additional_properties = d
        return run_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
