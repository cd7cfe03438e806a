from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TestRunTriggerDto")


@_attrs_define
class TestRunTriggerDto:
    """Response payload to triggered Test Run.

    Attributes:
        test_run_id (int): The id of the Test Run.
    """

    test_run_id: int

    def to_dict(self) -> dict[str, Any]:
        test_run_id = self.test_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "testRunId": test_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_run_id = d.pop("testRunId")

        test_run_trigger_dto = cls(
            test_run_id=test_run_id,
        )

        return test_run_trigger_dto
