from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_run_details_results_item import TestRunDetailsResultsItem


T = TypeVar("T", bound="TestRunDetails")


@_attrs_define
class TestRunDetails:
    """
    Attributes:
        id (UUID): Unique identifier of the test run.
        status (str): Status of the test run (e.g. IN_PROGRESS, PASSED).
        human_id (str | Unset): Human-readable identifier for the test run.
        name (str | Unset): Name of the test run.
        created_at (int | Unset): Unix timestamp of when the test run was created.
        updated_at (int | Unset): Unix timestamp of the last update to the test run.
        results (list[TestRunDetailsResultsItem] | Unset): Each test case's result.
    """

    id: UUID
    status: str
    human_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    results: list[TestRunDetailsResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        human_id = self.human_id

        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if human_id is not UNSET:
            field_dict["human_id"] = human_id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_run_details_results_item import TestRunDetailsResultsItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = d.pop("status")

        human_id = d.pop("human_id", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _results = d.pop("results", UNSET)
        results: list[TestRunDetailsResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = TestRunDetailsResultsItem.from_dict(results_item_data)

                results.append(results_item)

        test_run_details = cls(
            id=id,
            status=status,
            human_id=human_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            results=results,
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
