from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_mode import RunMode
from ..models.run_platform import RunPlatform
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerRunRequest")


@_attrs_define
class TriggerRunRequest:
    """
    Attributes:
        mode (RunMode | Unset):
        platform (RunPlatform | Unset):
        app_id (UUID | Unset):
    """

    mode: RunMode | Unset = UNSET
    platform: RunPlatform | Unset = UNSET
    app_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if platform is not UNSET:
            field_dict["platform"] = platform
        if app_id is not UNSET:
            field_dict["appId"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: RunMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = RunMode(_mode)

        _platform = d.pop("platform", UNSET)
        platform: RunPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = RunPlatform(_platform)

        _app_id = d.pop("appId", UNSET)
        app_id: UUID | Unset
        if isinstance(_app_id, Unset):
            app_id = UNSET
        else:
            app_id = UUID(_app_id)

        trigger_run_request = cls(
            mode=mode,
            platform=platform,
            app_id=app_id,
        )

        trigger_run_request.additional_properties = d
        return trigger_run_request

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
