from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetailsDto")


@_attrs_define
class ErrorDetailsDto:
    """
    Attributes:
        message (str): Error detailed message.
        code (str | Unset): Error code.
    """

    message: str
    code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code", UNSET)

        error_details_dto = cls(
            message=message,
            code=code,
        )

        return error_details_dto
