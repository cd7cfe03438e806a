from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRun")


@_attrs_define
class TestRun:
    """
    Attributes:
        id (UUID): Unique identifier of the created test run.
        human_id (str | Unset): Human-readable identifier for the test run.
        created_at (int | Unset): Unix timestamp of when the test run was created.
        updated_at (int | Unset): Unix timestamp of the last update to the test run.
        title (str | Unset): Title of the test run.
        description (str | Unset): Description of the test run.
        status (str | Unset): Status of the test run.
        project_id (UUID | Unset): Unique identifier of the project the test run belongs to.
        selection_type (str | Unset): Type of test case selection used for the run.
        start_date (int | Unset): Start date of the test run as a Unix timestamp.
        end_date (int | Unset): End date of the test run as a Unix timestamp.
        assignee_id (UUID | Unset): Unique identifier of the user assigned to the test run.
        label_names (list[str] | Unset): Labels associated with the test run.
        environment_ids (list[str] | Unset): Environment identifiers the test run executes against.
    """

    id: UUID
    human_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    project_id: UUID | Unset = UNSET
    selection_type: str | Unset = UNSET
    start_date: int | Unset = UNSET
    end_date: int | Unset = UNSET
    assignee_id: UUID | Unset = UNSET
    label_names: list[str] | Unset = UNSET
    environment_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        human_id = self.human_id

        created_at = self.created_at

        updated_at = self.updated_at

        title = self.title

        description = self.description

        status = self.status

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        selection_type = self.selection_type

        start_date = self.start_date

        end_date = self.end_date

        assignee_id: str | Unset = UNSET
        if not isinstance(self.assignee_id, Unset):
            assignee_id = str(self.assignee_id)

        label_names: list[str] | Unset = UNSET
        if not isinstance(self.label_names, Unset):
            label_names = self.label_names

        environment_ids: list[str] | Unset = UNSET
        if not isinstance(self.environment_ids, Unset):
            environment_ids = self.environment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if human_id is not UNSET:
            field_dict["human_id"] = human_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if selection_type is not UNSET:
            field_dict["selection_type"] = selection_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if label_names is not UNSET:
            field_dict["label_names"] = label_names
        if environment_ids is not UNSET:
            field_dict["environment_ids"] = environment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        human_id = d.pop("human_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        selection_type = d.pop("selection_type", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        _assignee_id = d.pop("assignee_id", UNSET)
        assignee_id: UUID | Unset
        if isinstance(_assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = UUID(_assignee_id)

        label_names: list[str] = d.pop("label_names", UNSET)

        environment_ids: list[str] = d.pop("environment_ids", UNSET)

        test_run = cls(
            id=id,
            human_id=human_id,
            created_at=created_at,
            updated_at=updated_at,
            title=title,
            description=description,
            status=status,
            project_id=project_id,
            selection_type=selection_type,
            start_date=start_date,
            end_date=end_date,
            assignee_id=assignee_id,
            label_names=label_names,
            environment_ids=environment_ids,
        )

        test_run.additional_properties = d
        return test_run

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
