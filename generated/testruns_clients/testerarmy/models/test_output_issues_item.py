from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_output_issues_item_type import TestOutputIssuesItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestOutputIssuesItem")


@_attrs_define
class TestOutputIssuesItem:
    """
    Attributes:
        type_ (TestOutputIssuesItemType | Unset):
        name (str | Unset):
        description (str | Unset):
        url (str | Unset):
        severity (int | Unset):
    """

    type_: TestOutputIssuesItemType | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    severity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        description = self.description

        url = self.url

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TestOutputIssuesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TestOutputIssuesItemType(_type_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        severity = d.pop("severity", UNSET)

        test_output_issues_item = cls(
            type_=type_,
            name=name,
            description=description,
            url=url,
            severity=severity,
        )

        test_output_issues_item.additional_properties = d
        return test_output_issues_item

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
