from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bad_request_error_details_dto import BadRequestErrorDetailsDto


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Response payload for error.

    Attributes:
        error (BadRequestErrorDetailsDto):
    """

    error: BadRequestErrorDetailsDto

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}

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

        error_response = cls(
            error=error,
        )

        return error_response
