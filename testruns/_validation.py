"""Input validation against the pydantic models generated from each spec, before any request."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ._errors import InvalidInputError

ModelT = TypeVar("ModelT", bound=BaseModel)


def _field_name(model: type[BaseModel], location: tuple[int | str, ...]) -> str:
    if not location:
        return "(input)"
    first = str(location[0])
    for name, info in model.model_fields.items():
        if first in (name, info.alias):
            first = name
            break
    return ".".join([first, *(str(part) for part in location[1:])])


def validated(model: type[ModelT], values: dict[str, Any], *, vendor: str) -> ModelT:
    """``model`` built from ``values`` (snake_case names); the error names the field, the rule and the value."""
    known = set(model.model_fields)
    unknown = sorted(set(values) - known)
    if unknown:
        raise InvalidInputError(
            f"{vendor}: unknown parameter {unknown[0]!r}; expected one of: {', '.join(sorted(known))}",
            vendor=vendor,
            field=unknown[0],
        )
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = _field_name(model, tuple(problem["loc"]))
        shown = "" if problem["type"] == "missing" else f" (got {problem.get('input')!r})"
        raise InvalidInputError(f"{vendor}: {field}: {problem['msg']}{shown}", vendor=vendor, field=field) from None
