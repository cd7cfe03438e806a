"""Each operation's parameters as the command line shows and reads them, worked out from the request models.

The per-vendor commands build their options from these (``testruns.adapters.InputField``), written into the
facade, so a command needs neither pydantic nor the vendor's models to start. The help of every option
shows the spec's description as plain text, then what its value's name (``INTEGER``, ``DATE``) does not
already say: the enum values, the bounds (not a numeric format's whole range, int32, int64 or float, which
every value of the type is in), whether it is required or the vendor's default; a value is read as the spec
types it (a number only where the field is one, an object as JSON text), and the facade's strict validation
judges the rest.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import json
import re
import types
import typing
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import annotated_types
from pydantic import AnyUrl, AwareDatetime, BaseModel, EmailStr, NaiveDatetime, RootModel
from pydantic.fields import FieldInfo

from testruns.adapters import Form, InputField

from .annotations import is_number, split_none
from .models import FORMAT_BOUNDS

__all__ = ["describe_type", "input_fields", "plain_text"]

# A type's name (an option's metavar) and, where the name alone does not say how to write it, a hint.
_WORDS: dict[Any, tuple[str, str]] = {
    int: ("INTEGER", ""),
    str: ("TEXT", ""),
    float: ("NUMBER", ""),
    decimal.Decimal: ("NUMBER", ""),
    bool: ("true/false", ""),
    UUID: ("UUID", ""),
    datetime.date: ("DATE", "YYYY-MM-DD"),
    datetime.datetime: ("DATETIME", "ISO 8601, such as 2024-05-31T14:00:00Z"),
    AwareDatetime: ("DATETIME", "ISO 8601 with a time zone, such as 2024-05-31T14:00:00Z"),
    NaiveDatetime: ("DATETIME", "ISO 8601, such as 2024-05-31T14:00:00"),
    datetime.time: ("TIME", "HH:MM:SS"),
    datetime.timedelta: ("DURATION", "ISO 8601, such as PT30M"),
    AnyUrl: ("URL", ""),
    EmailStr: ("EMAIL", ""),
    bytes: ("TEXT", ""),
}
# The whole range of the numeric formats: a bound at one of these says nothing a user needs.
_TYPE_LIMITS = frozenset(limit for bounds in FORMAT_BOUNDS.values() for limit in bounds)


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
    if annotation is Any:  # an untyped value (a body of any JSON): text alone could not give a number or a list
        return "json"
    if typing.get_origin(annotation) is list:
        return "json" if _is_object(_without_none(_item(annotation))) else "repeated"
    return "json" if _is_object(annotation) else "value"


def describe_type(annotation: Any) -> str:
    """The spec's type in a word or two: ``integer``, ``UUID``, ``one of: fast, deep``, ``list of date``."""
    annotation = _without_none(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "one of: " + ", ".join(str(member.value) for member in annotation)
    if typing.get_origin(annotation) is list:
        return f"list of {describe_type(_without_none(_item(annotation)))}"
    if _is_object(annotation):
        return "JSON object"
    if annotation in _WORDS:
        word = _WORDS[annotation][0]
        return word if word in ("UUID", "URL") else word.lower()
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return " or ".join(describe_type(arg) for arg in typing.get_args(annotation) if arg is not type(None))
    return "value"


def _metavar(annotation: Any, form: Form) -> str:
    """What the option's value is called in the help: the type's name (an item's, where repeated)."""
    annotation = _without_none(annotation)
    if form == "json":
        return "JSON"
    if form == "repeated":
        annotation = _without_none(_item(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "CHOICE"
    return _WORDS[annotation][0] if annotation in _WORDS else "VALUE"


def _type_detail(annotation: Any, form: Form) -> str:
    """What the metavar leaves unsaid about the type: the choices, how to write a date, object or list."""
    annotation = _without_none(annotation)
    if form == "json":
        if annotation is Any:
            return "any JSON value: text in double quotes, such as '\"text\"'"
        return "list of JSON objects" if typing.get_origin(annotation) is list else "JSON object"
    if form == "repeated":
        annotation = _without_none(_item(annotation))
    if annotation in _WORDS:
        return _WORDS[annotation][1]
    described = describe_type(annotation)
    return "" if form == "flag" or described == "value" else described


def _bound(value: Any) -> Any:
    return None if value in _TYPE_LIMITS else value


def _bounds(info: FieldInfo) -> str:
    """``2 to 720``, ``at least 1``... from the constraints the spec put on the field, an integer format's
    whole range left out."""
    low = high = None
    for item in info.metadata:
        if isinstance(item, annotated_types.Ge | annotated_types.Gt):
            low = _bound(item.ge) if isinstance(item, annotated_types.Ge) else f">{item.gt}"
        if isinstance(item, annotated_types.Le | annotated_types.Lt):
            high = _bound(item.le) if isinstance(item, annotated_types.Le) else f"<{item.lt}"
    if low is not None and high is not None:
        return f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"at most {high}"
    return ""


_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")  # a description's "\n" written as two characters
_TAG_BREAK = re.compile(r"<br\s*/?>|</?p>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def plain_text(description: str) -> str:
    """A spec's Markdown-ish description as one line of help text.

    Line breaks (real ones, a backslash and an ``n`` written out, ``<br>``) are folded into spaces; a list
    item's marker becomes a ``;`` between the items; heading marks and ``**bold**`` marks are dropped. The
    words themselves are kept as written.
    """
    text = _TAG_BREAK.sub("\n", _LITERAL_BREAK.sub("\n", description))
    pieces: list[str] = []
    broken = False  # a blank line, a list's end or a heading: a new sentence even if the last had no stop
    for line in text.splitlines():
        item = _LIST_ITEM.match(line)
        heading = _HEADING.match(line)
        line = line[item.end() :] if item else line[heading.end() :] if heading else line
        line = _EMPHASIS.sub(r"\2", line).strip()
        if not line:
            broken = True
            continue
        if pieces:
            ended = pieces[-1][-1] in ".:;!?"
            pieces.append((" " if ended else "; " if item else ". " if broken or heading else " ") + line)
        else:
            pieces.append(line)
        broken = bool(item or heading)
    return " ".join("".join(pieces).split())


def _help(info: FieldInfo, form: Form) -> str:
    """The option's help: the description, then (what the metavar leaves unsaid about the type, the bounds,
    whether required or the vendor's default)."""
    parts = [_type_detail(info.annotation, form), _bounds(info)]
    if info.is_required():
        parts.append("required")
    elif info.default is not None:
        default = getattr(info.default, "value", info.default)
        parts.append(f"vendor default: {json.dumps(default, default=str)}")
    if form == "repeated":
        parts.append("repeat the option for each item")
    head = "; ".join(part for part in parts if part)
    description = plain_text(info.description or "")
    return " ".join(filter(None, [description, f"({head})" if head else ""]))


def input_field(caller: str, info: FieldInfo) -> InputField:
    """The parameter ``caller`` (the facade's name for the model field ``info``) as the command line has it."""
    form = form_of(info)
    annotation = _without_none(info.annotation)
    typed = _item(annotation) if form == "repeated" else info.annotation
    return InputField(
        caller,
        help=_help(info, form),
        required=info.is_required(),
        form=form,
        metavar=_metavar(info.annotation, form),
        number=form in ("value", "repeated") and is_number(typed),
    )


def input_fields(
    models: list[type[BaseModel]],
    shown: dict[str, str],
    defaults: Mapping[str, str] | None = None,
    body_shown: Mapping[str, str] | None = None,
) -> tuple[InputField, ...]:
    """The caller's parameters: path and query first, then the body's, each name once.

    ``shown`` maps a model field's name to the caller's, where the facade renames it; ``body_shown`` does for
    the last model (the body, after the parameters) alone, and wins there: a body field named like a parameter
    of another type is the caller's ``body_<name>``. ``defaults`` maps a caller's name to the environment
    variable its value comes from when none is given: such a parameter is never required on the command line,
    and its help names the variable.
    """
    found: dict[str, InputField] = {}
    for index, model in enumerate(models):
        own = body_shown if body_shown and index == len(models) - 1 else {}
        for name, info in model.model_fields.items():
            caller = own.get(name) or shown.get(name, name)
            # A value the vendor repeats in path and body (Testsigma's project_id) is given once.
            if caller not in found:
                field = input_field(caller, info)
                variable = (defaults or {}).get(caller)
                if variable is not None:
                    field = dataclasses.replace(field, required=False, help=f"{field.help} (default: ${variable})")
                found[caller] = field
    return tuple(found.values())
