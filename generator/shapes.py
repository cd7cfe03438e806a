"""Each request model's fields as a ``ModelShape``, read off the pydantic model, written into the facade.

A shape carries only rules it can keep exactly as pydantic keeps them (JSON type, bounds, length limits,
enum values, a UUID's spelling); a field with any other rule is marked inexact, and its model is then judged by pydantic
alone (testruns._shapes says why, tests/facade/test_shapes.py holds the two to it).
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
import uuid
from typing import Any

import annotated_types
from pydantic import BaseModel, RootModel
from pydantic.fields import FieldInfo

from testruns._shapes import FieldShape, Kind, ModelShape

__all__ = ["is_number", "shape_of", "shape_source", "split_none", "tuple_source"]

_BOUNDS = {annotated_types.Ge: "ge", annotated_types.Gt: "gt", annotated_types.Le: "le", annotated_types.Lt: "lt"}
_LENGTHS = {annotated_types.MinLen: "min_length", annotated_types.MaxLen: "max_length"}
_KINDS: dict[Any, Kind] = {int: "integer", float: "number", str: "string", bool: "boolean"}
# Model settings that change nothing a shape judges or dumps; any other setting leaves the model to pydantic.
_NEUTRAL_CONFIG = frozenset({"populate_by_name", "validate_by_name", "validate_by_alias", "extra", "title"})


def is_number(annotation: Any) -> bool:
    """Whether a model field's annotation is a number (or a union or root model of numbers)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return bool(args) and all(is_number(arg) for arg in args)
    root = getattr(annotation, "model_fields", {}).get("root")  # a RootModel of a constrained number
    return annotation in (int, float) or (root is not None and is_number(root.annotation))


def split_none(annotation: Any) -> tuple[Any, bool]:
    """``X | None`` → ``(X, True)``; any other annotation (a union of several types too) → ``(it, False)``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        kept = [arg for arg in args if arg is not type(None)]
        if len(kept) == 1:
            return kept[0], len(kept) != len(args)
    return annotation, False


def _kind(annotation: Any, members_dump_as_values: bool) -> tuple[Kind, tuple[str | int, ...] | None, bool]:
    """The JSON type, the enum's values (if one) and whether the shape can judge it exactly."""
    if annotation in _KINDS:
        return _KINDS[annotation], None, True
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = tuple(member.value for member in annotation)
        for kind, kept in (("string", str), ("integer", int)):
            if values and all(type(value) is kept for value in values):
                # A parameter's dump keeps the enum member, which a shape cannot give: exact only in a body.
                return kind, values, members_dump_as_values  # type: ignore[return-value]
    return ("number" if is_number(annotation) else "other"), None, False


def _field(name: str, info: FieldInfo, members_dump_as_values: bool) -> FieldShape:
    annotation, nullable = split_none(info.annotation)
    is_uuid = annotation is uuid.UUID
    kind, choices, exact = ("string", None, True) if is_uuid else _kind(annotation, members_dump_as_values)
    rules: dict[str, Any] = {}
    for item in info.metadata:
        rule = _BOUNDS.get(type(item)) or _LENGTHS.get(type(item))
        if rule is None or rule in rules:
            exact = False  # a pattern, a multiple, a strictness flag: pydantic's to keep
            continue
        rules[rule] = getattr(item, rule)
    aliases = {info.alias, info.validation_alias, info.serialization_alias} - {None}
    if len(aliases) > 1 or not all(isinstance(alias, str) for alias in aliases):
        exact = False
    alias = info.alias if info.alias != name else None
    return FieldShape(
        name,
        kind,
        alias=alias,
        required=info.is_required(),
        nullable=nullable,
        exact=exact,
        choices=choices,
        uuid=is_uuid,
        **rules,
    )


def shape_of(model: type[BaseModel], *, body: bool) -> ModelShape:
    """``model``'s shape; ``body`` where its dump is JSON (a body's, an answer's), not Python objects."""
    fields = tuple(_field(name, info, body) for name, info in model.model_fields.items())
    decorators = model.__pydantic_decorators__
    plain = (
        not issubclass(model, RootModel)
        and set(model.model_config) <= _NEUTRAL_CONFIG
        and not any(getattr(decorators, kind.name) for kind in dataclasses.fields(decorators))
    )
    if not plain:
        fields = tuple(dataclasses.replace(field, exact=False) for field in fields)
    return ModelShape(model.__name__, fields, closed=model.model_config.get("extra") == "forbid")


def _call(value: Any) -> str:
    """``value`` (a dataclass instance) as the source of its constructor call: fields without a default
    positional, the others by keyword where they differ from it."""
    parts = []
    for item in dataclasses.fields(value):
        given = getattr(value, item.name)
        nested = isinstance(given, tuple) and given and dataclasses.is_dataclass(given[0])
        text = tuple_source(given) if nested else repr(given)
        if item.default is dataclasses.MISSING:
            parts.append(text)
        elif given != item.default:
            parts.append(f"{item.name}={text}")
    return f"{type(value).__name__}({', '.join(parts)})"


def tuple_source(values: tuple[Any, ...]) -> str:
    """A tuple of dataclass instances as source: ``(FieldShape(...), ...)``."""
    return "(" + "".join(f"{_call(value)}, " for value in values) + ")"


def shape_source(shape: ModelShape) -> str:
    """The Python source that builds ``shape`` (for the generated facade)."""
    return _call(shape)
