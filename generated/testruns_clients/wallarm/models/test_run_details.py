from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_run_details_state import TestRunDetailsState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vulnerability import Vulnerability


T = TypeVar("T", bound="TestRunDetails")


@_attrs_define
class TestRunDetails:
    """
    Attributes:
        id (int | str): Identifier of the test run.
        state (TestRunDetailsState): cloning (baselines are being copied), running, paused, interrupted (e.g. a newer
            run was created for the same FAST node), passed (no vulnerabilities found) or failed (vulnerabilities found).
        name (str | Unset): Name of the test run.
        clientid (int | Unset): The Wallarm account's id.
        vulns (list[Vulnerability] | Unset): The vulnerabilities found.
        baseline_count (int | Unset): Baseline requests recorded.
        baseline_check_fail_count (int | Unset): Baselines where a vulnerability was found.
        baseline_check_tech_fail_count (int | Unset): Baseline checks that failed for technical reasons (e.g. the target
            was unreachable).
        baseline_check_passed_count (int | Unset): Baselines checked with no vulnerability found.
        baseline_check_running_count (int | Unset): Baselines being checked.
        baseline_check_all_terminated_count (int | Unset): Baselines whose checks have all ended.
        baseline_check_interrupted_count (int | Unset): Baselines whose checks were interrupted.
        baseline_check_waiting_count (int | Unset): Baselines waiting to be checked.
        sended_requests_count (int | Unset): Test requests sent (the API's spelling).
        planing_requests_count (int | Unset): Test requests planned (the API's spelling).
        start_time (int | None | Unset): When the run started (UNIX time, seconds).
        end_time (int | None | Unset): When the run ended (UNIX time, seconds); null while it runs.
        domains (list[str] | Unset): The target host names.
        current_rps (float | None | Unset): Requests per second over the last 10 seconds; null for the first 10 seconds.
        avg_rps (float | None | Unset): Average requests per second; null for the first 10 seconds.
        estimated_time_to_completion (int | None | Unset): Seconds left, while the run is running and checking; null
            otherwise.
        ready_for_recording (bool | Unset): Whether the FAST node is ready to record baselines.
        recording (bool | Unset): Whether baselines are being recorded.
        test_record_id (int | None | Unset): The test record the baselines go to.
    """

    id: int | str
    state: TestRunDetailsState
    name: str | Unset = UNSET
    clientid: int | Unset = UNSET
    vulns: list[Vulnerability] | Unset = UNSET
    baseline_count: int | Unset = UNSET
    baseline_check_fail_count: int | Unset = UNSET
    baseline_check_tech_fail_count: int | Unset = UNSET
    baseline_check_passed_count: int | Unset = UNSET
    baseline_check_running_count: int | Unset = UNSET
    baseline_check_all_terminated_count: int | Unset = UNSET
    baseline_check_interrupted_count: int | Unset = UNSET
    baseline_check_waiting_count: int | Unset = UNSET
    sended_requests_count: int | Unset = UNSET
    planing_requests_count: int | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    domains: list[str] | Unset = UNSET
    current_rps: float | None | Unset = UNSET
    avg_rps: float | None | Unset = UNSET
    estimated_time_to_completion: int | None | Unset = UNSET
    ready_for_recording: bool | Unset = UNSET
    recording: bool | Unset = UNSET
    test_record_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        state = self.state.value

        name = self.name

        clientid = self.clientid

        vulns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vulns, Unset):
            vulns = []
            for vulns_item_data in self.vulns:
                vulns_item = vulns_item_data.to_dict()
                vulns.append(vulns_item)

        baseline_count = self.baseline_count

        baseline_check_fail_count = self.baseline_check_fail_count

        baseline_check_tech_fail_count = self.baseline_check_tech_fail_count

        baseline_check_passed_count = self.baseline_check_passed_count

        baseline_check_running_count = self.baseline_check_running_count

        baseline_check_all_terminated_count = self.baseline_check_all_terminated_count

        baseline_check_interrupted_count = self.baseline_check_interrupted_count

        baseline_check_waiting_count = self.baseline_check_waiting_count

        sended_requests_count = self.sended_requests_count

        planing_requests_count = self.planing_requests_count

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

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        current_rps: float | None | Unset
        if isinstance(self.current_rps, Unset):
            current_rps = UNSET
        else:
            current_rps = self.current_rps

        avg_rps: float | None | Unset
        if isinstance(self.avg_rps, Unset):
            avg_rps = UNSET
        else:
            avg_rps = self.avg_rps

        estimated_time_to_completion: int | None | Unset
        if isinstance(self.estimated_time_to_completion, Unset):
            estimated_time_to_completion = UNSET
        else:
            estimated_time_to_completion = self.estimated_time_to_completion

        ready_for_recording = self.ready_for_recording

        recording = self.recording

        test_record_id: int | None | Unset
        if isinstance(self.test_record_id, Unset):
            test_record_id = UNSET
        else:
            test_record_id = self.test_record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if clientid is not UNSET:
            field_dict["clientid"] = clientid
        if vulns is not UNSET:
            field_dict["vulns"] = vulns
        if baseline_count is not UNSET:
            field_dict["baseline_count"] = baseline_count
        if baseline_check_fail_count is not UNSET:
            field_dict["baseline_check_fail_count"] = baseline_check_fail_count
        if baseline_check_tech_fail_count is not UNSET:
            field_dict["baseline_check_tech_fail_count"] = baseline_check_tech_fail_count
        if baseline_check_passed_count is not UNSET:
            field_dict["baseline_check_passed_count"] = baseline_check_passed_count
        if baseline_check_running_count is not UNSET:
            field_dict["baseline_check_running_count"] = baseline_check_running_count
        if baseline_check_all_terminated_count is not UNSET:
            field_dict["baseline_check_all_terminated_count"] = baseline_check_all_terminated_count
        if baseline_check_interrupted_count is not UNSET:
            field_dict["baseline_check_interrupted_count"] = baseline_check_interrupted_count
        if baseline_check_waiting_count is not UNSET:
            field_dict["baseline_check_waiting_count"] = baseline_check_waiting_count
        if sended_requests_count is not UNSET:
            field_dict["sended_requests_count"] = sended_requests_count
        if planing_requests_count is not UNSET:
            field_dict["planing_requests_count"] = planing_requests_count
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if domains is not UNSET:
            field_dict["domains"] = domains
        if current_rps is not UNSET:
            field_dict["current_rps"] = current_rps
        if avg_rps is not UNSET:
            field_dict["avg_rps"] = avg_rps
        if estimated_time_to_completion is not UNSET:
            field_dict["estimated_time_to_completion"] = estimated_time_to_completion
        if ready_for_recording is not UNSET:
            field_dict["ready_for_recording"] = ready_for_recording
        if recording is not UNSET:
            field_dict["recording"] = recording
        if test_record_id is not UNSET:
            field_dict["test_record_id"] = test_record_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vulnerability import Vulnerability

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        state = TestRunDetailsState(d.pop("state"))

        name = d.pop("name", UNSET)

        clientid = d.pop("clientid", UNSET)

        _vulns = d.pop("vulns", UNSET)
        vulns: list[Vulnerability] | Unset = UNSET
        if _vulns is not UNSET:
            vulns = []
            for vulns_item_data in _vulns:
                vulns_item = Vulnerability.from_dict(vulns_item_data)

                vulns.append(vulns_item)

        baseline_count = d.pop("baseline_count", UNSET)

        baseline_check_fail_count = d.pop("baseline_check_fail_count", UNSET)

        baseline_check_tech_fail_count = d.pop("baseline_check_tech_fail_count", UNSET)

        baseline_check_passed_count = d.pop("baseline_check_passed_count", UNSET)

        baseline_check_running_count = d.pop("baseline_check_running_count", UNSET)

        baseline_check_all_terminated_count = d.pop("baseline_check_all_terminated_count", UNSET)

        baseline_check_interrupted_count = d.pop("baseline_check_interrupted_count", UNSET)

        baseline_check_waiting_count = d.pop("baseline_check_waiting_count", UNSET)

        sended_requests_count = d.pop("sended_requests_count", UNSET)

        planing_requests_count = d.pop("planing_requests_count", UNSET)

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        domains: list[str] = d.pop("domains", UNSET)

        def _parse_current_rps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        current_rps = _parse_current_rps(d.pop("current_rps", UNSET))

        def _parse_avg_rps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_rps = _parse_avg_rps(d.pop("avg_rps", UNSET))

        def _parse_estimated_time_to_completion(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_time_to_completion = _parse_estimated_time_to_completion(d.pop("estimated_time_to_completion", UNSET))

        ready_for_recording = d.pop("ready_for_recording", UNSET)

        recording = d.pop("recording", UNSET)

        def _parse_test_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_record_id = _parse_test_record_id(d.pop("test_record_id", UNSET))

        test_run_details = cls(
            id=id,
            state=state,
            name=name,
            clientid=clientid,
            vulns=vulns,
            baseline_count=baseline_count,
            baseline_check_fail_count=baseline_check_fail_count,
            baseline_check_tech_fail_count=baseline_check_tech_fail_count,
            baseline_check_passed_count=baseline_check_passed_count,
            baseline_check_running_count=baseline_check_running_count,
            baseline_check_all_terminated_count=baseline_check_all_terminated_count,
            baseline_check_interrupted_count=baseline_check_interrupted_count,
            baseline_check_waiting_count=baseline_check_waiting_count,
            sended_requests_count=sended_requests_count,
            planing_requests_count=planing_requests_count,
            start_time=start_time,
            end_time=end_time,
            domains=domains,
            current_rps=current_rps,
            avg_rps=avg_rps,
            estimated_time_to_completion=estimated_time_to_completion,
            ready_for_recording=ready_for_recording,
            recording=recording,
            test_record_id=test_record_id,
        )

        test_run_details.additional_properties = d
        return test_run_details

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
