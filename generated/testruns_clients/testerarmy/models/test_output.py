from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_output_result import TestOutputResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_output_issues_item import TestOutputIssuesItem
    from ..models.test_output_steps_item import TestOutputStepsItem


T = TypeVar("T", bound="TestOutput")


@_attrs_define
class TestOutput:
    """
    Attributes:
        feature_name (str):
        result (TestOutputResult):
        description (str):
        screenshots (list[str]):
        issues (list[TestOutputIssuesItem] | Unset):
        steps (list[TestOutputStepsItem] | Unset):
    """

    feature_name: str
    result: TestOutputResult
    description: str
    screenshots: list[str]
    issues: list[TestOutputIssuesItem] | Unset = UNSET
    steps: list[TestOutputStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_name = self.feature_name

        result = self.result.value

        description = self.description

        screenshots = self.screenshots

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureName": feature_name,
                "result": result,
                "description": description,
                "screenshots": screenshots,
            }
        )
        if issues is not UNSET:
            field_dict["issues"] = issues
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_output_issues_item import TestOutputIssuesItem
        from ..models.test_output_steps_item import TestOutputStepsItem

        d = dict(src_dict)
        feature_name = d.pop("featureName")

        result = TestOutputResult(d.pop("result"))

        description = d.pop("description")

        screenshots: list[str] = d.pop("screenshots")

        _issues = d.pop("issues", UNSET)
        issues: list[TestOutputIssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = TestOutputIssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        _steps = d.pop("steps", UNSET)
        steps: list[TestOutputStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = TestOutputStepsItem.from_dict(steps_item_data)

                steps.append(steps_item)

        test_output = cls(
            feature_name=feature_name,
            result=result,
            description=description,
            screenshots=screenshots,
            issues=issues,
            steps=steps,
        )

        test_output.additional_properties = d
        return test_output

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
