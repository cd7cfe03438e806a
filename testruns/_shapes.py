"""Each generated request model's fields as data, so a plain call is judged without loading pydantic.

Loading pydantic and a vendor's models is most of a cold trigger's start. The generator writes, into each
vendor's facade, a ``ModelShape`` per model: every field's JSON type, bounds, length limits and choices,
read off the pydantic model datamodel-code-generator made from the spec; a list's items, a map's values and a
nested object's fields have shapes of their own. A shape only ever says "plainly valid", and then gives
exactly what the model's dump would; a value it cannot judge (a pattern, a format other than a UUID, a
nested object's unknown key, a number too large to be sure of) or that breaks a rule goes to pydantic,
which stays the judge and writes every error. tests/facade/test_shapes.py holds each shape to its model on every vendor.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["FieldShape", "ModelShape", "plain_json"]

Kind = Literal["integer", "number", "string", "boolean", "array", "map", "object", "other"]
# Past these, pydantic's reading of a number may differ from Python's (a float's 53 bits; pydantic's i64).
_EXACT_FLOAT = 2**53
_EXACT_INT = 2**63
# A UUID as pydantic writes it: other spellings (capitals, braces, no hyphens) are pydantic's to read.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class FieldShape:
    """One field: its JSON type and the spec's rules on it.

    ``exact`` is False where the model has a rule the shape does not carry (a pattern, a format, a root
    model): such a field is always left to pydantic, and ``kind`` only says whether it is a number.
    ``uuid`` marks a string that is a UUID: plainly valid in its canonical spelling only, and dumped as a
    ``uuid.UUID`` outside a body, as the model dumps it.
    An ``array``'s items and a ``map``'s values (a JSON object with any text keys) have the shape ``items``;
    ``min_length`` and ``max_length`` then count them. An ``object`` is the nested model ``model``, its
    keys the vendor's (wire) names.
    """

    name: str
    kind: Kind
    alias: str | None = None
    required: bool = False
    nullable: bool = False
    exact: bool = True
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    choices: tuple[str | int, ...] | None = None
    uuid: bool = False
    items: FieldShape | None = None
    model: ModelShape | None = None

    @property
    def wire(self) -> str:
        """The name in the JSON the vendor reads."""
        return self.alias or self.name

    @property
    def is_number(self) -> bool:
        """Whether the spec types it as a number, not an enum's (a run id given as text is read as one here)."""
        return self.kind in ("integer", "number") and self.choices is None

    def holds(self, value: object, *, answer: bool = False) -> bool:
        """Whether ``value`` (as JSON gives it) plainly passes every rule; False where unsure.

        ``answer``: it is read from the vendor's answer, where a nested object's unknown keys are the vendor's.
        """
        if value is None:
            return self.nullable
        kind, kept = self.kind, type(value)
        if kind == "integer":
            if kept is not int or not -_EXACT_INT < value < _EXACT_INT:  # type: ignore[operator]
                return False
        elif kind == "number":
            if kept is int:
                if not -_EXACT_FLOAT < value < _EXACT_FLOAT:  # type: ignore[operator]
                    return False
            elif kept is not float or not math.isfinite(value):  # type: ignore[arg-type]
                return False
        elif kind == "string":
            if kept is not str:
                return False
            if not self._counts(len(value)):  # type: ignore[arg-type]
                return False
            if self.uuid and not _CANONICAL_UUID.fullmatch(value):  # type: ignore[call-overload]
                return False
        elif kind == "array" or kind == "map" or kind == "object":
            return self._holds_nested(value, answer)
        elif kind != "boolean" or kept is not bool:
            return False
        if self.choices is not None and value not in self.choices:
            return False
        return kind in ("string", "boolean") or self._within(value)  # type: ignore[arg-type]

    def _holds_nested(self, value: object, answer: bool) -> bool:
        if self.kind == "object":
            return self.model is not None and type(value) is dict and self.model.holds_object(value, answer=answer)
        items = self.items
        if items is None or type(value) is not (list if self.kind == "array" else dict):
            return False
        if not self._counts(len(value)):
            return False
        if type(value) is dict:  # a map (an array's value is a list: checked above)
            # A key that is not text becomes text in JSON: the dump would differ from the model's.
            return all(type(key) is str and items.holds(item, answer=answer) for key, item in value.items())
        return all(items.holds(item, answer=answer) for item in value)

    def _counts(self, size: int) -> bool:
        """Whether a text's length, or a list's or map's count of items, is within the limits."""
        return not (
            (self.min_length is not None and size < self.min_length)
            or (self.max_length is not None and size > self.max_length)
        )

    def _within(self, number: float) -> bool:
        return not (
            (self.ge is not None and number < self.ge)
            or (self.gt is not None and number <= self.gt)
            or (self.le is not None and number > self.le)
            or (self.lt is not None and number >= self.lt)
        )


@dataclass(frozen=True)
class ModelShape:
    """One generated pydantic model (``model``, its class name) as the fields the facade can judge."""

    model: str
    fields: tuple[FieldShape, ...]
    closed: bool = False  # the model forbids fields it does not name

    @functools.cached_property
    def by_name(self) -> Mapping[str, FieldShape]:
        """Each field under its model (snake_case) name."""
        return {field.name: field for field in self.fields}

    @functools.cached_property
    def exact(self) -> bool:
        """Whether every field's rules are all here (otherwise pydantic judges every call)."""
        return all(field.exact and field.kind != "other" for field in self.fields)

    def accepts(self, values: Mapping[str, Any]) -> bool:
        """Whether ``values`` (by field name) plainly pass: every name known, every rule kept, none missing."""
        if not self.exact:
            return False
        by_name = self.by_name
        for name, value in values.items():
            field = by_name.get(name)
            if field is None or not field.holds(value):
                return False
        return all(field.name in values for field in self.fields if field.required)

    def dump(self, values: Mapping[str, Any], *, by_alias: bool) -> dict[str, Any]:
        """What the model's ``model_dump(exclude_unset=True)`` gives for ``values`` it ``accepts``: a body's (by
        alias) in JSON's types, parameters' in Python's (a UUID as ``uuid.UUID``)."""
        return {
            (field.wire if by_alias else field.name): _dumped(field, values[field.name], by_alias)
            for field in self.fields
            if field.name in values
        }

    def accepts_answer(self, document: object) -> bool:
        """Whether a parsed answer (``plain_json``) plainly matches the model; extra fields are the vendor's."""
        if type(document) is not dict:
            return False
        return self.holds_object(document, answer=True)

    @functools.cached_property
    def _wires(self) -> frozenset[str]:
        return frozenset(field.wire for field in self.fields)

    def holds_object(self, document: Mapping[str, Any], *, answer: bool) -> bool:
        """Whether a JSON object (keyed by the vendor's names) plainly matches the model.

        Unknown keys are the vendor's in an ``answer`` (unless the model is closed); in an input they are left
        to pydantic, which drops, keeps or refuses them as the model says.
        """
        if not self.exact:
            return False
        for field in self.fields:
            if field.wire in document:
                if not field.holds(document[field.wire], answer=answer):
                    return False
            elif field.required or field.name in document:  # pydantic would read a field by its name too
                return False
        if self.closed or not answer:
            wires = self._wires
            return all(key in wires for key in document)
        return True


def _dumped(field: FieldShape, value: Any, as_json: bool) -> Any:
    if value is None:
        return None
    kind = field.kind
    if kind == "number":
        return float(value)
    if field.uuid and not as_json:
        import uuid  # noqa: PLC0415 - only a UUID parameter needs it

        return uuid.UUID(value)
    if kind == "array":
        return [_dumped(field.items, item, as_json) for item in value]  # type: ignore[arg-type]
    if kind == "map":
        return {key: _dumped(field.items, item, as_json) for key, item in value.items()}  # type: ignore[arg-type]
    if kind == "object":
        # The nested model's dump: its names outside a body, as the outer model's own keys are.
        return {
            (item.wire if as_json else item.name): _dumped(item, value[item.wire], as_json)
            for item in field.model.fields  # type: ignore[union-attr]
            if item.wire in value
        }
    return value


# \ud800-\udfff escapes: Python reads a lone one as text, pydantic's parser refuses it.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _refuse(word: str) -> Any:
    raise ValueError(f"{word} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large for a float")
    return number


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a key repeats")  # which one counts is the parser's choice: let pydantic's decide
    return found


# json.loads makes a new decoder on every call that passes options; one serves every answer.
_DECODER = json.JSONDecoder(parse_constant=_refuse, parse_float=_finite, object_pairs_hook=_unique)


def plain_json(content: bytes) -> object:
    """``content`` parsed as pydantic's parser would read it, or None where the two might differ."""
    if _SURROGATE_ESCAPE.search(content):
        return None
    try:
        return _DECODER.decode(content.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
