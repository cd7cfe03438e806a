from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunDetailsResultsItem")


@_attrs_define
class TestRunDetailsResultsItem:
    """
    Attributes:
        test_case_id (str | Unset): The test case.
        status (str | Unset): Its result (e.g. PASSED, FAILED).
    """

    test_case_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_id = self.test_case_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_case_id is not UNSET:
            field_dict["test_case_id"] = test_case_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_case_id = d.pop("test_case_id", UNSET)

        status = d.pop("status", UNSET)

        test_run_details_results_item = cls(
            test_case_id=test_case_id,
            status=status,
        )

        test_run_details_results_item.additional_properties = d
        return test_run_details_results_item

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
