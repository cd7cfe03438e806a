from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.static_selection_filter import StaticSelectionFilter


T = TypeVar("T", bound="TestRunCreateRequest")


@_attrs_define
class TestRunCreateRequest:
    """
    Attributes:
        title (str | Unset): Title of the test run.
        description (str | Unset): Brief description of the test run.
        status (str | Unset): Status of the test run (e.g. ACTIVE).
        project_id (UUID | Unset): Unique identifier of the project the test run belongs to.
        human_id (str | Unset): Human-readable identifier for the test run.
        selection_type (str | Unset): Type of test case selection (e.g. STATIC).
        static_selection_filters (list[StaticSelectionFilter] | Unset): Filters used to select the test cases included
            in the run.
        start_date (int | Unset): Start date of the test run as a Unix timestamp.
        end_date (int | Unset): End date of the test run as a Unix timestamp.
        assignee_id (UUID | Unset): Unique identifier of the user assigned to the test run.
        label_names (list[str] | Unset): Labels associated with the test run.
        environment_ids (list[str] | Unset): Environment identifiers the test run executes against.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    project_id: UUID | Unset = UNSET
    human_id: str | Unset = UNSET
    selection_type: str | Unset = UNSET
    static_selection_filters: list[StaticSelectionFilter] | Unset = UNSET
    start_date: int | Unset = UNSET
    end_date: int | Unset = UNSET
    assignee_id: UUID | Unset = UNSET
    label_names: list[str] | Unset = UNSET
    environment_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        status = self.status

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        human_id = self.human_id

        selection_type = self.selection_type

        static_selection_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.static_selection_filters, Unset):
            static_selection_filters = []
            for static_selection_filters_item_data in self.static_selection_filters:
                static_selection_filters_item = static_selection_filters_item_data.to_dict()
                static_selection_filters.append(static_selection_filters_item)

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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if human_id is not UNSET:
            field_dict["human_id"] = human_id
        if selection_type is not UNSET:
            field_dict["selection_type"] = selection_type
        if static_selection_filters is not UNSET:
            field_dict["static_selection_filters"] = static_selection_filters
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
        from ..models.static_selection_filter import StaticSelectionFilter

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        human_id = d.pop("human_id", UNSET)

        selection_type = d.pop("selection_type", UNSET)

        _static_selection_filters = d.pop("static_selection_filters", UNSET)
        static_selection_filters: list[StaticSelectionFilter] | Unset = UNSET
        if _static_selection_filters is not UNSET:
            static_selection_filters = []
            for static_selection_filters_item_data in _static_selection_filters:
                static_selection_filters_item = StaticSelectionFilter.from_dict(static_selection_filters_item_data)

                static_selection_filters.append(static_selection_filters_item)

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

        test_run_create_request = cls(
            title=title,
            description=description,
            status=status,
            project_id=project_id,
            human_id=human_id,
            selection_type=selection_type,
            static_selection_filters=static_selection_filters,
            start_date=start_date,
            end_date=end_date,
            assignee_id=assignee_id,
            label_names=label_names,
            environment_ids=environment_ids,
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
