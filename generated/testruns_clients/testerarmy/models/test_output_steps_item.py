from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_output_steps_item_status import TestOutputStepsItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestOutputStepsItem")


@_attrs_define
class TestOutputStepsItem:
    """
    Attributes:
        step_index (int | Unset):
        title (str | Unset):
        status (TestOutputStepsItemStatus | Unset):
        error_code (None | str | Unset):
    """

    step_index: int | Unset = UNSET
    title: str | Unset = UNSET
    status: TestOutputStepsItemStatus | Unset = UNSET
    error_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_index = self.step_index

        title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_index is not UNSET:
            field_dict["stepIndex"] = step_index
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_index = d.pop("stepIndex", UNSET)

        title = d.pop("title", UNSET)

        _status = d.pop("status", UNSET)
        status: TestOutputStepsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TestOutputStepsItemStatus(_status)

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        test_output_steps_item = cls(
            step_index=step_index,
            title=title,
            status=status,
            error_code=error_code,
        )

        test_output_steps_item.additional_properties = d
        return test_output_steps_item

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
