from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bad_request_error_details_dto_validation_errors_type_0 import (
        BadRequestErrorDetailsDtoValidationErrorsType0,
    )


T = TypeVar("T", bound="BadRequestErrorDetailsDto")


@_attrs_define
class BadRequestErrorDetailsDto:
    """
    Attributes:
        message (str): Error detailed message.
        code (str | Unset): Error code.
        validation_errors (BadRequestErrorDetailsDtoValidationErrorsType0 | None | Unset): Specific validation errors.
    """

    message: str
    code: str | Unset = UNSET
    validation_errors: BadRequestErrorDetailsDtoValidationErrorsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bad_request_error_details_dto_validation_errors_type_0 import (
            BadRequestErrorDetailsDtoValidationErrorsType0,
        )

        message = self.message

        code = self.code

        validation_errors: dict[str, Any] | None | Unset
        if isinstance(self.validation_errors, Unset):
            validation_errors = UNSET
        elif isinstance(self.validation_errors, BadRequestErrorDetailsDtoValidationErrorsType0):
            validation_errors = self.validation_errors.to_dict()
        else:
            validation_errors = self.validation_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bad_request_error_details_dto_validation_errors_type_0 import (
            BadRequestErrorDetailsDtoValidationErrorsType0,
        )

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code", UNSET)

        def _parse_validation_errors(data: object) -> BadRequestErrorDetailsDtoValidationErrorsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_errors_type_0 = BadRequestErrorDetailsDtoValidationErrorsType0.from_dict(data)

                return validation_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BadRequestErrorDetailsDtoValidationErrorsType0 | None | Unset, data)

        validation_errors = _parse_validation_errors(d.pop("validationErrors", UNSET))

        bad_request_error_details_dto = cls(
            message=message,
            code=code,
            validation_errors=validation_errors,
        )

        bad_request_error_details_dto.additional_properties = d
        return bad_request_error_details_dto

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
