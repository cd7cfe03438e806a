from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_run_status import ResultRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        id (int): ID of the run
        run_status (ResultRunStatus): 1 Launching Droplets, 2 Test Running, 3 Test Finished, 4 Test Failed, 5 Test
            Cancelled
        created_at (str | Unset): When the run was created (ISO 8601)
        updated_at (str | Unset): When the result last changed (ISO 8601)
        cancelled (bool | Unset): Whether the run was cancelled
        duration (int | Unset): Duration of the run (minutes, inferred)
        requests (str | Unset): Requests made
        failures (str | Unset): Failed requests, with their share (e.g. "0(0.00%)")
        response_median (str | Unset): Median response time (ms, inferred)
        response_avg (str | Unset): Average response time (ms, inferred)
        response_min (str | Unset): Fastest response time (ms, inferred)
        response_max (str | Unset): Slowest response time (ms, inferred)
        reqs_per_second (str | Unset): Requests per second
        fails_per_second (str | Unset): Failures per second
        results_csv_stats (str | Unset): Statistics as CSV
        results_csv_history (str | Unset): History as CSV
        results_csv_failures (str | Unset): Failures as CSV
    """

    id: int
    run_status: ResultRunStatus
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    cancelled: bool | Unset = UNSET
    duration: int | Unset = UNSET
    requests: str | Unset = UNSET
    failures: str | Unset = UNSET
    response_median: str | Unset = UNSET
    response_avg: str | Unset = UNSET
    response_min: str | Unset = UNSET
    response_max: str | Unset = UNSET
    reqs_per_second: str | Unset = UNSET
    fails_per_second: str | Unset = UNSET
    results_csv_stats: str | Unset = UNSET
    results_csv_history: str | Unset = UNSET
    results_csv_failures: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_status = self.run_status.value

        created_at = self.created_at

        updated_at = self.updated_at

        cancelled = self.cancelled

        duration = self.duration

        requests = self.requests

        failures = self.failures

        response_median = self.response_median

        response_avg = self.response_avg

        response_min = self.response_min

        response_max = self.response_max

        reqs_per_second = self.reqs_per_second

        fails_per_second = self.fails_per_second

        results_csv_stats = self.results_csv_stats

        results_csv_history = self.results_csv_history

        results_csv_failures = self.results_csv_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_status": run_status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if duration is not UNSET:
            field_dict["duration"] = duration
        if requests is not UNSET:
            field_dict["requests"] = requests
        if failures is not UNSET:
            field_dict["failures"] = failures
        if response_median is not UNSET:
            field_dict["response_median"] = response_median
        if response_avg is not UNSET:
            field_dict["response_avg"] = response_avg
        if response_min is not UNSET:
            field_dict["response_min"] = response_min
        if response_max is not UNSET:
            field_dict["response_max"] = response_max
        if reqs_per_second is not UNSET:
            field_dict["reqs_per_second"] = reqs_per_second
        if fails_per_second is not UNSET:
            field_dict["fails_per_second"] = fails_per_second
        if results_csv_stats is not UNSET:
            field_dict["results_csv_stats"] = results_csv_stats
        if results_csv_history is not UNSET:
            field_dict["results_csv_history"] = results_csv_history
        if results_csv_failures is not UNSET:
            field_dict["results_csv_failures"] = results_csv_failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        run_status = ResultRunStatus(d.pop("run_status"))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        duration = d.pop("duration", UNSET)

        requests = d.pop("requests", UNSET)

        failures = d.pop("failures", UNSET)

        response_median = d.pop("response_median", UNSET)

        response_avg = d.pop("response_avg", UNSET)

        response_min = d.pop("response_min", UNSET)

        response_max = d.pop("response_max", UNSET)

        reqs_per_second = d.pop("reqs_per_second", UNSET)

        fails_per_second = d.pop("fails_per_second", UNSET)

        results_csv_stats = d.pop("results_csv_stats", UNSET)

        results_csv_history = d.pop("results_csv_history", UNSET)

        results_csv_failures = d.pop("results_csv_failures", UNSET)

        result = cls(
            id=id,
            run_status=run_status,
            created_at=created_at,
            updated_at=updated_at,
            cancelled=cancelled,
            duration=duration,
            requests=requests,
            failures=failures,
            response_median=response_median,
            response_avg=response_avg,
            response_min=response_min,
            response_max=response_max,
            reqs_per_second=reqs_per_second,
            fails_per_second=fails_per_second,
            results_csv_stats=results_csv_stats,
            results_csv_history=results_csv_history,
            results_csv_failures=results_csv_failures,
        )

        result.additional_properties = d
        return result

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
