"""Each operation's parameters as the command line shows and reads them, worked out from the request models.

The per-vendor commands build their options from these (``testruns.adapters.InputField``), written into the
facade, so a command needs neither pydantic nor the vendor's models to start. The help of every option
shows the spec's type, bounds, enum values and description; a value is read as the spec types it (a number
only where the field is one, an object as JSON text), and the facade's strict validation judges the rest.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from typing import Any
from uuid import UUID

import annotated_types
from pydantic import BaseModel, RootModel
from pydantic.fields import FieldInfo

from testruns.adapters import Form, InputField

from .annotations import is_number, split_none

__all__ = ["describe_type", "input_fields"]


def _without_none(annotation: Any) -> Any:
    """``X | None`` → ``X``; a ``RootModel`` (a constrained scalar such as an int32 item) → its root type."""
    annotation, _ = split_none(annotation)
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        return _without_none(annotation.model_fields["root"].annotation)
    return annotation


def _is_object(annotation: Any) -> bool:
    return (
        (isinstance(annotation, type) and issubclass(annotation, BaseModel))
        or annotation is dict
        or (typing.get_origin(annotation) is dict)
    )


def _item(annotation: Any) -> Any:
    (item,) = typing.get_args(annotation) or (Any,)
    return item


def form_of(info: FieldInfo) -> Form:
    """Flag, repeated option, JSON text or a plain value."""
    annotation = _without_none(info.annotation)
    if annotation is bool:
        return "flag"
    if typing.get_origin(annotation) is list:
        return "json" if _is_object(_without_none(_item(annotation))) else "repeated"
    return "json" if _is_object(annotation) else "value"


def describe_type(annotation: Any) -> str:
    """The spec's type in a word or two: ``integer``, ``UUID``, ``one of: fast, deep``."""
    annotation = _without_none(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "one of: " + ", ".join(str(member.value) for member in annotation)
    if typing.get_origin(annotation) is list:
        return f"list of {describe_type(_without_none(_item(annotation)))}"
    if _is_object(annotation):
        return "JSON object"
    words = {int: "integer", str: "text", float: "number", bool: "true/false", UUID: "UUID"}
    if isinstance(annotation, type) and annotation in words:
        return words[annotation]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return " or ".join(describe_type(arg) for arg in typing.get_args(annotation) if arg is not type(None))
    return "value"


def _bounds(info: FieldInfo) -> str:
    """``2 to 720``, ``at least 1``... from the constraints the spec put on the field."""
    low = high = None
    for item in info.metadata:
        if isinstance(item, annotated_types.Ge | annotated_types.Gt):
            low = getattr(item, "ge", None) if isinstance(item, annotated_types.Ge) else f">{item.gt}"
        if isinstance(item, annotated_types.Le | annotated_types.Lt):
            high = getattr(item, "le", None) if isinstance(item, annotated_types.Le) else f"<{item.lt}"
    if low is not None and high is not None:
        return f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"at most {high}"
    return ""


def _help(info: FieldInfo, form: Form) -> str:
    """The option's help: type, bounds, whether required or the vendor's default, then the description."""
    parts = [describe_type(info.annotation)]
    bounds = _bounds(info)
    if bounds:
        parts.append(bounds)
    if info.is_required():
        parts.append("required")
    elif info.default is not None:
        default = getattr(info.default, "value", info.default)
        parts.append(f"vendor default: {json.dumps(default, default=str)}")
    if form == "repeated":
        parts.append("repeat the option for each item")
    if form == "json":
        parts.append("give JSON text")
    head = "(" + "; ".join(parts) + ")"
    return f"{info.description} {head}" if info.description else head


def input_field(caller: str, info: FieldInfo) -> InputField:
    """The parameter ``caller`` (the facade's name for the model field ``info``) as the command line has it."""
    form = form_of(info)
    annotation = _without_none(info.annotation)
    typed = _item(annotation) if form == "repeated" else info.annotation
    metavar = "JSON" if form == "json" else describe_type(info.annotation).split(":")[0].split()[0].upper()
    return InputField(
        caller,
        help=_help(info, form),
        required=info.is_required(),
        form=form,
        metavar="VALUE" if form == "repeated" else metavar,
        number=form in ("value", "repeated") and is_number(typed),
    )


def input_fields(models: list[type[BaseModel]], shown: dict[str, str]) -> tuple[InputField, ...]:
    """The caller's parameters: path and query first, then the body's, each name once.

    ``shown`` maps a model field's name to the caller's, where the facade renames it.
    """
    found: dict[str, InputField] = {}
    for model in models:
        for name, info in model.model_fields.items():
            caller = shown.get(name, name)
            # A value the vendor repeats in path and body (Testsigma's project_id) is given once.
            if caller not in found:
                found[caller] = input_field(caller, info)
    return tuple(found.values())
