"""Input validation against the pydantic models generated from each spec, before any request.

Validation is strict, and done on the input as JSON, as the vendor would read
it: a bool is not an integer, ``1.0`` is not one either, ``" 7 "`` and
``"10_0"`` are text, while a UUID, an enum member or a date may be given as
the object or as its text. Nothing is coerced behind the caller's back.
"""

from __future__ import annotations

import enum
import functools
import json
import re
import typing
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import InvalidInputError
from ..text import shown

if TYPE_CHECKING:
    from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound="BaseModel")
# JSON's number grammar, whole: no spaces, underscores, "nan" or "inf".
_JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def typed_text(text: str, number: bool) -> Any:
    """Text typed as the spec says: a number where the field is one and the whole text is a JSON number.

    The command line's values are text, and so is every ``TriggeredRun.run_id``; anything else stays text,
    for strict validation to judge.
    """
    if number and _JSON_NUMBER.fullmatch(text):
        try:
            return json.loads(text)
        except ValueError:  # past Python's 4,300 digits for an int: left as text, which validation refuses
            return text
    return text


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
    unknown = sorted(set(values).difference(known), key=str)
    if unknown:
        expected = sorted(known)
        name = unknown[0]
        raise InvalidInputError(
            f"{vendor}: unknown parameter {shown(name)}; expected one of: {', '.join(expected)}",
            vendor=vendor,
            field=name if isinstance(name, str) and len(name) <= 100 else None,
        )


def _plain(value: object) -> object:
    """What JSON cannot say by itself, said as the spec's text formats do."""
    import datetime  # noqa: PLC0415 - only an odd value gets here; a command's start is spared uuid's import
    import uuid  # noqa: PLC0415

    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    raise TypeError(f"a {type(value).__name__} is not a JSON value")


# One encoder for every call: ``json.dumps`` with these options would build a new one each time.
_ENCODER = json.JSONEncoder(default=_plain, allow_nan=False, ensure_ascii=False)


def _encode(value: object) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


@functools.cache
def is_root(model: type[BaseModel]) -> bool:
    """Whether ``model`` is a root model (an untyped body, any JSON): asked once per model, not per call."""
    from pydantic import RootModel  # noqa: PLC0415 - loaded with the models already

    return issubclass(model, RootModel)


def as_json(values: Mapping[str, Any], *, vendor: str, root: bool = False) -> bytes:
    """``values`` as a JSON document (with ``root``: the value of its one field ``root``, alone); a value JSON
    cannot carry is an error naming its field."""
    try:
        return _encode(values["root"] if root else dict(values))
    except (TypeError, ValueError, RecursionError):
        pass  # find the field at fault, one by one (only on this rare path)
    for name, value in values.items():
        try:
            _encode(value)
        except RecursionError:
            problem = "it is nested too deeply"
        except UnicodeEncodeError:
            problem = "it holds a lone surrogate, which no UTF-8 text can carry"
        except ValueError:
            problem = "NaN and infinity are not JSON numbers"
        except TypeError as exc:
            problem = str(exc)
        else:
            continue
        raise InvalidInputError(
            f"{vendor}: {name}: not a value the vendor can be sent: {problem}", vendor=vendor, field=name
        )
    raise InvalidInputError(f"{vendor}: the parameters cannot be sent as JSON", vendor=vendor)


def validated(
    model: type[ModelT], values: Mapping[str, Any], *, vendor: str, shown_names: Mapping[str, str] | None = None
) -> ModelT:
    """``model`` built strictly from ``values`` (snake_case names); the error names the field, the rule and the value.

    ``shown_names`` maps a spec name to the name the caller used, so the error speaks the caller's words.
    Names the model does not know are the caller's to reject first (``reject_unknown``).
    """
    # A root model (an untyped body, any JSON) is its one value, which the caller gives as ``root``.
    root = is_root(model) and set(values) == {"root"}
    try:
        return model.model_validate_json(as_json(values, vendor=vendor, root=root), strict=True)
    except ValueError as exc:  # pydantic's ValidationError is one; imported here, on the error path only
        from pydantic import ValidationError  # noqa: PLC0415

        if not isinstance(exc, ValidationError):
            raise
        problem = exc.errors(include_url=False)[0]
    field = _field_name(model, tuple(problem["loc"]))
    head, _, rest = field.partition(".")
    field = ".".join(filter(None, [(shown_names or {}).get(head, head), rest]))
    # A secret's value is never shown: where the model holds one, no text the caller gave is.
    hidden = problem["type"] == "missing" or (holds_secrets(model) and not _shown_safely(problem.get("input")))
    got = "" if hidden else f" (got {shown(problem.get('input'))})"
    raise InvalidInputError(f"{vendor}: {field}: {problem['msg']}{got}", vendor=vendor, field=field)


def _shown_safely(value: object) -> bool:
    """Whether ``value`` holds no text, so showing it cannot show a secret."""
    if isinstance(value, str | bytes):
        return False
    if isinstance(value, Mapping):
        return all(_shown_safely(k) and _shown_safely(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_shown_safely(item) for item in value)
    return True


@functools.cache
def holds_secrets(model: type[BaseModel]) -> bool:
    """Whether a field of ``model``, however deep, is a pydantic secret (a spec's ``format: password``).

    Worked out once per model, so a call whose models hold none pays nothing for the others.
    """
    from pydantic import BaseModel, SecretBytes, SecretStr  # noqa: PLC0415 - loaded with the models

    seen: set[type] = set()

    def secret(annotation: object) -> bool:
        if isinstance(annotation, type) and typing.get_origin(annotation) is None:
            if issubclass(annotation, SecretStr | SecretBytes):
                return True
            if issubclass(annotation, BaseModel) and annotation not in seen:
                seen.add(annotation)
                return any(secret(field.annotation) for field in annotation.model_fields.values())
            return False
        return any(secret(argument) for argument in typing.get_args(annotation))

    return secret(model)


def revealed(value: Any, found: list[str]) -> Any:
    """A python-mode dump of a validated model with each pydantic secret replaced by its value.

    pydantic masks a secret in every dump (``"**********"`` in JSON); the vendor must get the value itself.
    Each value is added to ``found``, for everything shown about the call to mask.
    """
    from pydantic import SecretBytes, SecretStr  # noqa: PLC0415 - loaded with the models

    if isinstance(value, SecretStr | SecretBytes):
        secret = value.get_secret_value()
        found.append(secret if isinstance(secret, str) else secret.decode("utf-8", "replace"))
        return secret
    if isinstance(value, dict):
        return {key: revealed(item, found) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [revealed(item, found) for item in value]
    return value
