from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_request_execution_config import TriggerRequestExecutionConfig
    from ..models.trigger_request_upload_versions import TriggerRequestUploadVersions


T = TypeVar("T", bound="TriggerRequest")


@_attrs_define
class TriggerRequest:
    """
    Attributes:
        execution_id (int): ID of the test plan to run.
        environment_id (int | Unset): ID of the environment to run the test plan in.
        build_no (str | Unset): Build number to record with the run.
        execution_config (TriggerRequestExecutionConfig | Unset): A saved execution config for a partial run; give its
            name or its id.
        upload_versions (TriggerRequestUploadVersions | Unset): Device ID -> upload version ID, to test specific
            uploaded app versions.
    """

    execution_id: int
    environment_id: int | Unset = UNSET
    build_no: str | Unset = UNSET
    execution_config: TriggerRequestExecutionConfig | Unset = UNSET
    upload_versions: TriggerRequestUploadVersions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        environment_id = self.environment_id

        build_no = self.build_no

        execution_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_config, Unset):
            execution_config = self.execution_config.to_dict()

        upload_versions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_versions, Unset):
            upload_versions = self.upload_versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
            }
        )
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if build_no is not UNSET:
            field_dict["buildNo"] = build_no
        if execution_config is not UNSET:
            field_dict["executionConfig"] = execution_config
        if upload_versions is not UNSET:
            field_dict["uploadVersions"] = upload_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trigger_request_execution_config import TriggerRequestExecutionConfig
        from ..models.trigger_request_upload_versions import TriggerRequestUploadVersions

        d = dict(src_dict)
        execution_id = d.pop("executionId")

        environment_id = d.pop("environmentId", UNSET)

        build_no = d.pop("buildNo", UNSET)

        _execution_config = d.pop("executionConfig", UNSET)
        execution_config: TriggerRequestExecutionConfig | Unset
        if isinstance(_execution_config, Unset):
            execution_config = UNSET
        else:
            execution_config = TriggerRequestExecutionConfig.from_dict(_execution_config)

        _upload_versions = d.pop("uploadVersions", UNSET)
        upload_versions: TriggerRequestUploadVersions | Unset
        if isinstance(_upload_versions, Unset):
            upload_versions = UNSET
        else:
            upload_versions = TriggerRequestUploadVersions.from_dict(_upload_versions)

        trigger_request = cls(
            execution_id=execution_id,
            environment_id=environment_id,
            build_no=build_no,
            execution_config=execution_config,
            upload_versions=upload_versions,
        )

        trigger_request.additional_properties = d
        return trigger_request

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
