"""Input validation against the pydantic models generated from each spec, before any request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def reject_unknown(known: Iterable[str], values: Iterable[str], *, vendor: str) -> None:
    """Raise ``InvalidInputError`` for the first name in ``values`` that is not in ``known``."""
    unknown = sorted(set(values).difference(known))
    if unknown:
        expected = sorted(known)
        raise InvalidInputError(
            f"{vendor}: unknown parameter {unknown[0]!r}; expected one of: {', '.join(expected)}",
            vendor=vendor,
            field=unknown[0],
        )


def validated(
    model: type[ModelT], values: Mapping[str, Any], *, vendor: str, shown: Mapping[str, str] | None = None
) -> ModelT:
    """``model`` built from ``values`` (snake_case names); the error names the field, the rule and the value.

    ``shown`` maps a spec name to the name the caller used, so the error speaks the caller's words.
    Names the model does not know are the caller's to reject first (``reject_unknown``).
    """
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = _field_name(model, tuple(problem["loc"]))
        head, _, rest = field.partition(".")
        field = ".".join(filter(None, [(shown or {}).get(head, head), rest]))
        got = "" if problem["type"] == "missing" else f" (got {problem.get('input')!r})"
        raise InvalidInputError(f"{vendor}: {field}: {problem['msg']}{got}", vendor=vendor, field=field) from None
