"""Command-line options made from an operation's generated request models.

Every vendor parameter becomes a ``--kebab-case`` option whose help shows the
spec's type, bounds, enum values and description. Text is read strictly as
the spec types it: a number only when the whole text is a JSON number (so
``" 7 "``, ``10_0`` and ``nan`` stay text and are refused as numbers), an
object as JSON text; the rest is passed on as text. The facade's own strict
validation, against the same models, then judges every value: a bad one gets
the same typed error, and the same exit code, from the CLI as from Python.
"""

from __future__ import annotations

import enum
import inspect
import json
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

import annotated_types
import typer
from pydantic import BaseModel, RootModel

from ._adapter import InputField
from ._errors import InvalidInputError
from ._validation import typed_text


@dataclass(frozen=True)
class OptionKind:
    """How one parameter is read from the command line."""

    flag: bool = False
    repeated: bool = False
    json: bool = False


def _without_none(annotation: Any) -> Any:
    """``X | None`` → ``X``; a ``RootModel`` (a constrained scalar such as an int32 item) → its root type."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation = kept[0] if len(kept) == 1 else annotation
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        return _without_none(annotation.model_fields["root"].annotation)
    return annotation


def _is_object(annotation: Any) -> bool:
    return (
        (isinstance(annotation, type) and issubclass(annotation, BaseModel))
        or annotation is dict
        or (typing.get_origin(annotation) is dict)
    )


def kind_of(field: InputField) -> OptionKind:
    """Flag, repeated option, JSON text or a plain value."""
    annotation = _without_none(field.info.annotation)
    if annotation is bool:
        return OptionKind(flag=True)
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return OptionKind(json=True) if _is_object(_without_none(item)) else OptionKind(repeated=True)
    if _is_object(annotation):
        return OptionKind(json=True)
    return OptionKind()


def describe_type(annotation: Any) -> str:
    """The spec's type in a word or two: ``integer``, ``UUID``, ``one of: fast, deep``."""
    annotation = _without_none(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "one of: " + ", ".join(str(member.value) for member in annotation)
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return f"list of {describe_type(_without_none(item))}"
    if _is_object(annotation):
        return "JSON object"
    words = {int: "integer", str: "text", float: "number", bool: "true/false", UUID: "UUID"}
    if isinstance(annotation, type) and annotation in words:
        return words[annotation]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return " or ".join(describe_type(arg) for arg in typing.get_args(annotation) if arg is not type(None))
    return "value"


def describe_bounds(field: InputField) -> str:
    """``2 to 720``, ``at least 1``... from the constraints the spec put on the field."""
    low = high = None
    for item in field.info.metadata:
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


def help_text(field: InputField) -> str:
    """The option's help: type, bounds, whether required or the vendor's default, then the description."""
    kind = kind_of(field)
    parts = [describe_type(field.info.annotation)]
    bounds = describe_bounds(field)
    if bounds:
        parts.append(bounds)
    if field.required:
        parts.append("required")
    elif field.info.default is not None:
        default = getattr(field.info.default, "value", field.info.default)
        parts.append(f"vendor default: {json.dumps(default, default=str)}")
    if kind.repeated:
        parts.append("repeat the option for each item")
    if kind.json:
        parts.append("give JSON text")
    head = "(" + "; ".join(parts) + ")"
    return f"{field.info.description} {head}" if field.info.description else head


# The options every vendor command has of its own (and their Python names): a vendor field that would
# take one of them is renamed by rule, --field-<name>, and its help says so.
_FOLLOW_OPTIONS = ("wait", "wait-timeout", "poll", "junit", "cancel-on-interrupt")
SHARED_OPTIONS = frozenset(
    {"json", "dry-run", "region", "base-url", "timeout", "max-retries", "help", "version", *_FOLLOW_OPTIONS}
)
SHARED_NAMES = frozenset(
    {"as_json", "dry_run", "region", "base_url", "timeout", "max_retries", "help", "version"}
    | {option.replace("-", "_") for option in _FOLLOW_OPTIONS}
)
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")


def parse_duration(text: str) -> float:
    """``"30m"``, ``"1h30m"``, ``"10s"``, ``"2.5"`` (seconds) → seconds; ``ValueError`` naming what is wrong."""
    given = text.strip().lower()
    try:
        seconds = float(given)
    except ValueError:
        parts = _DURATION.findall(given)
        if not parts or "".join(number + unit for number, unit in parts) != given:
            raise ValueError(f"{text!r} is not a duration (examples: 90, 45s, 30m, 1h30m)") from None
        seconds = sum(float(number) * _UNITS[unit] for number, unit in parts)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{text!r} is not a positive duration")
    return seconds


def _collides(field: InputField) -> bool:
    kebab = field.name.replace("_", "-")
    return kebab in SHARED_OPTIONS or field.name in SHARED_NAMES


def param_name(field: InputField) -> str:
    """The Python name typer passes the option's value under: ``field_<name>`` where the name is taken."""
    return f"field_{field.name}" if _collides(field) else field.name


def option_name(field: InputField) -> str:
    """``test_id`` → ``--test-id``; ``region`` → ``--field-region`` (``--region`` is every command's own)."""
    return "--" + param_name(field).replace("_", "-")


def keyword_option(name: str, hint: Any, default: Any, option: Any) -> inspect.Parameter:
    """A keyword parameter that typer reads as ``option`` (a ``typer.Option``)."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[hint, option])


def parameter(field: InputField) -> inspect.Parameter:
    """The typer parameter for ``field``; every one defaults to "not given" so the facade reports what is missing."""
    kind = kind_of(field)
    name, python = option_name(field), param_name(field)
    help_ = help_text(field)
    if python != field.name:
        taken = "--" + field.name.replace("_", "-")
        help_ = f"The vendor's field {field.name!r} ({taken} is this command's own option). {help_}"
    if kind.flag:
        return keyword_option(python, bool | None, None, typer.Option(f"{name}/--no-{name[2:]}", help=help_))
    if kind.repeated:
        return keyword_option(python, list[str] | None, None, typer.Option(name, help=help_, metavar="VALUE"))
    metavar = "JSON" if kind.json else describe_type(field.info.annotation).split(":")[0].split()[0].upper()
    return keyword_option(python, str | None, None, typer.Option(name, help=help_, metavar=metavar))


def _item_annotation(field: InputField) -> Any:
    annotation = _without_none(field.info.annotation)
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return item
    return annotation


def _json_text(field: InputField, text: str, vendor: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"{exc.msg} at column {exc.colno}"
    except RecursionError:
        problem = "nested too deeply"
    raise InvalidInputError(
        f"{vendor}: {field.name}: {option_name(field)} takes JSON text ({problem})", vendor=vendor, field=field.name
    )


def collect(fields: list[InputField], values: dict[str, Any], vendor: str) -> dict[str, Any]:
    """The options the user gave, as facade parameters, each typed as the spec says."""
    params: dict[str, Any] = {}
    for field in fields:
        value = values.get(param_name(field))
        if value is None or value == []:
            continue
        kind = kind_of(field)
        if kind.json:
            value = _json_text(field, value, vendor)
        elif kind.repeated:
            value = [typed_text(item, _item_annotation(field)) for item in value]
        elif not kind.flag:
            value = typed_text(value, field.info.annotation)
        params[field.name] = value
    return params


def with_parameters(function: Callable[..., Any], parameters: list[inspect.Parameter]) -> Callable[..., Any]:
    """``function`` (taking ``**kwargs``) presented to typer with ``parameters`` as its signature."""
    function.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    function.__annotations__ = {p.name: p.annotation for p in parameters}
    return function


def example_argv(params: Mapping[str, Any]) -> list[str]:
    """Facade parameters (a manifest example) as this command line's options: the inverse of ``collect``."""
    argv: list[str] = []
    for name, value in params.items():
        option = "--" + name.replace("_", "-")
        if isinstance(value, bool):
            argv.append(option if value else "--no-" + option[2:])
        elif isinstance(value, list) and not any(isinstance(item, dict | list) for item in value):
            for item in value:
                argv += [option, str(item)]
        elif isinstance(value, dict | list):
            argv += [option, json.dumps(value)]
        else:
            argv += [option, str(value)]
    return argv
