from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus

T = TypeVar("T", bound="TriggerRunResponse")


@_attrs_define
class TriggerRunResponse:
    """
    Attributes:
        status (RunStatus):
        run_id (UUID):
        test_id (UUID):
    """

    status: RunStatus
    run_id: UUID
    test_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        run_id = str(self.run_id)

        test_id = str(self.test_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "runId": run_id,
                "testId": test_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RunStatus(d.pop("status"))

        run_id = UUID(d.pop("runId"))

        test_id = UUID(d.pop("testId"))

        trigger_run_response = cls(
            status=status,
            run_id=run_id,
            test_id=test_id,
        )

        trigger_run_response.additional_properties = d
        return trigger_run_response

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
