from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunCreateRequest")


@_attrs_define
class TestRunCreateRequest:
    """
    Attributes:
        name (str): Name of the test run.
        test_record_name (str | Unset): The test record name. All baseline requests will be placed in this test record.
            Default value: the test run's name.
        desc (str | Unset): Detailed description of the test run. Default: ''.
        file_extensions_to_exclude (str | Unset): Regular expression of the file extensions whose baseline requests are
            not checked (for example `jpg|png`). Empty: every extension is checked. Default: ''.
        policy_id (int | Unset): The identifier of the test policy. If missing, the default policy takes action.
        stop_on_first_fail (bool | Unset): true: stop the test run on the first detected vulnerability; false: process
            every baseline request. Default: False.
        skip_duplicated_baselines (bool | Unset): true: generate test requests for the first of several identical
            baseline requests only; false: for every baseline request. Default: True.
        rps_per_baseline (int | None | Unset): Limit on test requests per second sent for one baseline request. null:
            unlimited.
        rps (int | None | Unset): Limit on test requests per second for the whole test run. null: unlimited.
        inactivity_timeout (int | Unset): Seconds the FAST node waits for a new baseline request to arrive (300 to
            86400). Default: 1800.
    """

    name: str
    test_record_name: str | Unset = UNSET
    desc: str | Unset = ""
    file_extensions_to_exclude: str | Unset = ""
    policy_id: int | Unset = UNSET
    stop_on_first_fail: bool | Unset = False
    skip_duplicated_baselines: bool | Unset = True
    rps_per_baseline: int | None | Unset = UNSET
    rps: int | None | Unset = UNSET
    inactivity_timeout: int | Unset = 1800
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        test_record_name = self.test_record_name

        desc = self.desc

        file_extensions_to_exclude = self.file_extensions_to_exclude

        policy_id = self.policy_id

        stop_on_first_fail = self.stop_on_first_fail

        skip_duplicated_baselines = self.skip_duplicated_baselines

        rps_per_baseline: int | None | Unset
        if isinstance(self.rps_per_baseline, Unset):
            rps_per_baseline = UNSET
        else:
            rps_per_baseline = self.rps_per_baseline

        rps: int | None | Unset
        if isinstance(self.rps, Unset):
            rps = UNSET
        else:
            rps = self.rps

        inactivity_timeout = self.inactivity_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if test_record_name is not UNSET:
            field_dict["test_record_name"] = test_record_name
        if desc is not UNSET:
            field_dict["desc"] = desc
        if file_extensions_to_exclude is not UNSET:
            field_dict["file_extensions_to_exclude"] = file_extensions_to_exclude
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if stop_on_first_fail is not UNSET:
            field_dict["stop_on_first_fail"] = stop_on_first_fail
        if skip_duplicated_baselines is not UNSET:
            field_dict["skip_duplicated_baselines"] = skip_duplicated_baselines
        if rps_per_baseline is not UNSET:
            field_dict["rps_per_baseline"] = rps_per_baseline
        if rps is not UNSET:
            field_dict["rps"] = rps
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        test_record_name = d.pop("test_record_name", UNSET)

        desc = d.pop("desc", UNSET)

        file_extensions_to_exclude = d.pop("file_extensions_to_exclude", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        stop_on_first_fail = d.pop("stop_on_first_fail", UNSET)

        skip_duplicated_baselines = d.pop("skip_duplicated_baselines", UNSET)

        def _parse_rps_per_baseline(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rps_per_baseline = _parse_rps_per_baseline(d.pop("rps_per_baseline", UNSET))

        def _parse_rps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rps = _parse_rps(d.pop("rps", UNSET))

        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        test_run_create_request = cls(
            name=name,
            test_record_name=test_record_name,
            desc=desc,
            file_extensions_to_exclude=file_extensions_to_exclude,
            policy_id=policy_id,
            stop_on_first_fail=stop_on_first_fail,
            skip_duplicated_baselines=skip_duplicated_baselines,
            rps_per_baseline=rps_per_baseline,
            rps=rps,
            inactivity_timeout=inactivity_timeout,
        )

        test_run_create_request.additional_properties = d
        return test_run_create_request

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
