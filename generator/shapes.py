"""Each request model's fields as a ``ModelShape``, read off the pydantic model, written into the facade.

A shape carries only rules it can keep exactly as pydantic keeps them (JSON type, bounds, length limits,
enum values, a UUID's spelling), and the same for a list's items, a map's values and a nested model's
fields; a field with any other rule is marked inexact, and its model is then judged by pydantic alone
(testruns._shapes says why, tests/facade/test_shapes.py holds the two to it).
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
_COUNTED = ("string", "array", "map")  # the kinds whose length limits pydantic keeps
# Model settings that change nothing a shape judges or dumps; any other setting leaves the model to pydantic.
# (Not validate_by_alias: a nested object and an answer are read by the vendor's names.)
_NEUTRAL_CONFIG = frozenset({"populate_by_name", "validate_by_name", "extra", "title"})
_BY_NAME = ("populate_by_name", "validate_by_name")


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


def _plain_model(model: type[BaseModel]) -> bool:
    """Whether the model only checks its fields' own rules (no validators, no setting that changes a dump)."""
    decorators = model.__pydantic_decorators__
    return set(model.model_config) <= _NEUTRAL_CONFIG and not any(
        getattr(decorators, kind.name) for kind in dataclasses.fields(decorators)
    )


def _typed(annotation: Any, metadata: list[Any], body: bool, seen: frozenset[type]) -> FieldShape:
    """The shape of a value of type ``annotation`` with the rules in ``metadata`` (a field's or an item's).

    ``body``: the value is dumped as JSON (an enum as its value); ``seen``: the models already being shaped
    around it, so a model that holds itself is left to pydantic instead of shaped forever.
    """
    annotation, nullable = split_none(annotation)
    inner: FieldInfo | None = None
    if typing.get_origin(annotation) is typing.Annotated:  # an item's own rules: list[Annotated[int, Field(ge=1)]]
        inner = FieldInfo.from_annotation(annotation)
    elif isinstance(annotation, type) and issubclass(annotation, RootModel) and _plain_model(annotation):
        inner = annotation.model_fields["root"]  # dumped as its root: shaped as it
    if inner is not None:
        found = _typed(inner.annotation, [*inner.metadata, *metadata], body, seen)
        return dataclasses.replace(found, nullable=found.nullable or nullable)
    kind, exact, extra = _kind(annotation, body, seen)
    rules: dict[str, Any] = {}
    allowed = _BOUNDS if kind in ("integer", "number") else _LENGTHS if kind in _COUNTED else {}
    for item in metadata:
        rule = allowed.get(type(item))
        if rule is None or rule in rules:
            exact = False  # a pattern, a multiple, a strictness flag: pydantic's to keep
            continue
        rules[rule] = getattr(item, rule)
    found = FieldShape("", kind, nullable=nullable, **extra, **rules)
    return found if exact else _inexact(found)


def _kind(annotation: Any, body: bool, seen: frozenset[type]) -> tuple[Kind, bool, dict[str, Any]]:
    """The JSON type, whether the shape can judge it exactly, and what else the shape needs (the enum's
    values, a list's items, a nested model)."""
    if annotation in _KINDS:
        return _KINDS[annotation], True, {}
    if annotation is uuid.UUID:
        return "string", True, {"uuid": True}
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if (origin is list and len(args) == 1) or (origin is dict and len(args) == 2 and args[0] is str):
        items = _typed(args[-1], [], body, seen)
        return ("array" if origin is list else "map"), items.exact and items.kind != "other", {"items": items}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = tuple(member.value for member in annotation)
        for kind, kept in (("string", str), ("integer", int)):
            if values and all(type(value) is kept for value in values):
                # A parameter's dump keeps the enum member, which a shape cannot give: exact only in a body.
                return kind, body, {"choices": values}  # type: ignore[return-value]
    # A model met again inside itself stays pydantic's: its shape would never end.
    model_class = isinstance(annotation, type) and issubclass(annotation, BaseModel)
    if model_class and not issubclass(annotation, RootModel) and annotation not in seen:
        model = _model_shape(annotation, body, seen | {annotation})
        return "object", model.exact, {"model": model}
    return ("number" if is_number(annotation) else "other"), False, {}


def _inexact(field: FieldShape) -> FieldShape:
    """``field`` left to pydantic: only whether it is a number still matters, so no items or nested model."""
    if field.kind in ("array", "map", "object"):
        return dataclasses.replace(field, kind="other", exact=False, items=None, model=None)
    return dataclasses.replace(field, exact=False)


def _field(name: str, info: FieldInfo, body: bool, seen: frozenset[type]) -> FieldShape:
    found = _typed(info.annotation, info.metadata, body, seen)
    aliases = {info.alias, info.validation_alias, info.serialization_alias} - {None}
    if len(aliases) > 1 or not all(isinstance(alias, str) for alias in aliases):
        found = _inexact(found)
    alias = info.alias if info.alias != name else None
    return dataclasses.replace(found, name=name, alias=alias, required=info.is_required())


def _model_shape(model: type[BaseModel], body: bool, seen: frozenset[type]) -> ModelShape:
    fields = tuple(_field(name, info, body, seen) for name, info in model.model_fields.items())
    if issubclass(model, RootModel) or not _plain_model(model):
        fields = tuple(_inexact(field) for field in fields)
    return ModelShape(model.__name__, fields, closed=model.model_config.get("extra") == "forbid")


def shape_of(model: type[BaseModel], *, body: bool) -> ModelShape:
    """``model``'s shape; ``body`` where its dump is JSON (a body's, an answer's), not Python objects."""
    shape = _model_shape(model, body, frozenset({model}))
    if any(field.alias for field in shape.fields) and not any(model.model_config.get(key) for key in _BY_NAME):
        # The facade gives a model its fields by name, which such a model reads only by alias.
        shape = dataclasses.replace(shape, fields=tuple(_inexact(field) for field in shape.fields))
    return shape


def _call(value: Any) -> str:
    """``value`` (a dataclass instance) as the source of its constructor call: fields without a default
    positional, the others by keyword where they differ from it."""
    parts = []
    for item in dataclasses.fields(value):
        given = getattr(value, item.name)
        if dataclasses.is_dataclass(given) and not isinstance(given, type):
            text = _call(given)  # a list's items, a nested model
        elif isinstance(given, tuple) and given and dataclasses.is_dataclass(given[0]):
            text = tuple_source(given)
        else:
            text = repr(given)
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
