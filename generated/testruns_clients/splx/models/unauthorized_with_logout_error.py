from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bad_request_error_details_dto import BadRequestErrorDetailsDto


T = TypeVar("T", bound="UnauthorizedWithLogoutError")


@_attrs_define
class UnauthorizedWithLogoutError:
    """Response payload for Unauthorized access error.

    Attributes:
        error (BadRequestErrorDetailsDto):
    """

    error: BadRequestErrorDetailsDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bad_request_error_details_dto import BadRequestErrorDetailsDto

        d = dict(src_dict)
        error = BadRequestErrorDetailsDto.from_dict(d.pop("error"))

        unauthorized_with_logout_error = cls(
            error=error,
        )

        unauthorized_with_logout_error.additional_properties = d
        return unauthorized_with_logout_error

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
