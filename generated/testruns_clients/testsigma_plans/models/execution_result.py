from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionResult")


@_attrs_define
class ExecutionResult:
    """
    Attributes:
        id (int): The run's id.
        status (str): STATUS_CREATED, STATUS_QUEUED, STATUS_PRE_FLIGHT, STATUS_IN_PROGRESS or STATUS_COMPLETED.
        execution_id (int | Unset): The test plan's id.
        start_time (int | None | Unset): When the run started (epoch milliseconds).
        end_time (int | None | Unset): When it ended (epoch milliseconds); null while it runs.
        duration (int | None | Unset): How long it ran (milliseconds); null while it runs.
        result (None | str | Unset): SUCCESS, FAILURE, ABORTED, NOT_EXECUTED, QUEUED or STOPPED; meaningful once status
            is STATUS_COMPLETED.
        message (None | str | Unset): What the vendor says about the run.
        executed_by (int | None | Unset): ID of the user who ran it.
        build_no (None | str | Unset): The build number given when it was triggered.
        environment_id (int | None | Unset): The environment it ran in.
        total_count (int | Unset): Test cases in the run.
        passed_count (int | Unset): Test cases that passed.
        failed_count (int | Unset): Test cases that failed.
        aborted_count (int | Unset): Test cases that were aborted.
        stopped_count (int | Unset): Test cases that were stopped.
        not_executed_count (int | Unset): Test cases that did not run.
        pre_requisite_failed_count (int | Unset): Test cases whose prerequisites failed.
        queued_count (int | Unset): Test cases still queued.
        is_visually_passed (bool | None | Unset): Whether visual testing passed.
        triggered_type (str | Unset): How the run was started (API or MANUAL).
        app_url (str | Unset): Link to the run's results page (read by the vendor's scripts).
    """

    id: int
    status: str
    execution_id: int | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    result: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    executed_by: int | None | Unset = UNSET
    build_no: None | str | Unset = UNSET
    environment_id: int | None | Unset = UNSET
    total_count: int | Unset = UNSET
    passed_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    aborted_count: int | Unset = UNSET
    stopped_count: int | Unset = UNSET
    not_executed_count: int | Unset = UNSET
    pre_requisite_failed_count: int | Unset = UNSET
    queued_count: int | Unset = UNSET
    is_visually_passed: bool | None | Unset = UNSET
    triggered_type: str | Unset = UNSET
    app_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        execution_id = self.execution_id

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        executed_by: int | None | Unset
        if isinstance(self.executed_by, Unset):
            executed_by = UNSET
        else:
            executed_by = self.executed_by

        build_no: None | str | Unset
        if isinstance(self.build_no, Unset):
            build_no = UNSET
        else:
            build_no = self.build_no

        environment_id: int | None | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        total_count = self.total_count

        passed_count = self.passed_count

        failed_count = self.failed_count

        aborted_count = self.aborted_count

        stopped_count = self.stopped_count

        not_executed_count = self.not_executed_count

        pre_requisite_failed_count = self.pre_requisite_failed_count

        queued_count = self.queued_count

        is_visually_passed: bool | None | Unset
        if isinstance(self.is_visually_passed, Unset):
            is_visually_passed = UNSET
        else:
            is_visually_passed = self.is_visually_passed

        triggered_type = self.triggered_type

        app_url = self.app_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if result is not UNSET:
            field_dict["result"] = result
        if message is not UNSET:
            field_dict["message"] = message
        if executed_by is not UNSET:
            field_dict["executedBy"] = executed_by
        if build_no is not UNSET:
            field_dict["buildNo"] = build_no
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if passed_count is not UNSET:
            field_dict["passedCount"] = passed_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count
        if aborted_count is not UNSET:
            field_dict["abortedCount"] = aborted_count
        if stopped_count is not UNSET:
            field_dict["stoppedCount"] = stopped_count
        if not_executed_count is not UNSET:
            field_dict["notExecutedCount"] = not_executed_count
        if pre_requisite_failed_count is not UNSET:
            field_dict["preRequisiteFailedCount"] = pre_requisite_failed_count
        if queued_count is not UNSET:
            field_dict["queuedCount"] = queued_count
        if is_visually_passed is not UNSET:
            field_dict["isVisuallyPassed"] = is_visually_passed
        if triggered_type is not UNSET:
            field_dict["triggeredType"] = triggered_type
        if app_url is not UNSET:
            field_dict["app_url"] = app_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        execution_id = d.pop("executionId", UNSET)

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_executed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executed_by = _parse_executed_by(d.pop("executedBy", UNSET))

        def _parse_build_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_no = _parse_build_no(d.pop("buildNo", UNSET))

        def _parse_environment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        environment_id = _parse_environment_id(d.pop("environmentId", UNSET))

        total_count = d.pop("totalCount", UNSET)

        passed_count = d.pop("passedCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

        aborted_count = d.pop("abortedCount", UNSET)

        stopped_count = d.pop("stoppedCount", UNSET)

        not_executed_count = d.pop("notExecutedCount", UNSET)

        pre_requisite_failed_count = d.pop("preRequisiteFailedCount", UNSET)

        queued_count = d.pop("queuedCount", UNSET)

        def _parse_is_visually_passed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_visually_passed = _parse_is_visually_passed(d.pop("isVisuallyPassed", UNSET))

        triggered_type = d.pop("triggeredType", UNSET)

        app_url = d.pop("app_url", UNSET)

        execution_result = cls(
            id=id,
            status=status,
            execution_id=execution_id,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            result=result,
            message=message,
            executed_by=executed_by,
            build_no=build_no,
            environment_id=environment_id,
            total_count=total_count,
            passed_count=passed_count,
            failed_count=failed_count,
            aborted_count=aborted_count,
            stopped_count=stopped_count,
            not_executed_count=not_executed_count,
            pre_requisite_failed_count=pre_requisite_failed_count,
            queued_count=queued_count,
            is_visually_passed=is_visually_passed,
            triggered_type=triggered_type,
            app_url=app_url,
        )

        execution_result.additional_properties = d
        return execution_result

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
