from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.error_details_dto import ErrorDetailsDto


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Response payload for error.

    Attributes:
        error (ErrorDetailsDto): Error object.
    """

    error: ErrorDetailsDto

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details_dto import ErrorDetailsDto

        error: dict[str, Any]
        if isinstance(self.error, ErrorDetailsDto):
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
        from ..models.error_details_dto import ErrorDetailsDto

        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorDetailsDto:
            if not isinstance(data, dict):
                raise TypeError()
            error_type_0 = ErrorDetailsDto.from_dict(data)

            return error_type_0

        error = _parse_error(d.pop("error"))

        error_response = cls(
            error=error,
        )

        return error_response
