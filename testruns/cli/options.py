"""Command-line options made from an operation's parameters (``InputField``, written by the generator).

Every vendor parameter becomes a ``--kebab-case`` option whose help shows the
spec's type, bounds, enum values and description; a required one is required
by the parser, which names every one missing in one message. Text is read strictly as
the spec types it: a number only when the whole text is a JSON number (so
``" 7 "``, ``10_0`` and ``nan`` stay text and are refused as numbers), an
object as JSON text; the rest is passed on as text. The facade's own strict
validation, against the spec's models, then judges every value: a bad one gets
the same typed error, and the same exit code, from the CLI as from Python.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .._errors import InvalidInputError
from ..runs.adapter import InputField
from ..runs.polling import MIN_POLL
from ..runs.validation import typed_text
from ..text import printable
from .parser import Options, add_option

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


def parse_poll(text: str) -> float:
    """``--poll``: a duration (``parse_duration``) of at least ``MIN_POLL``, refused before any run is started."""
    seconds = parse_duration(text)
    if seconds < MIN_POLL:
        raise ValueError(f"{text!r} is shorter than {MIN_POLL * 1000:g}ms, the shortest pause between status reads")
    return seconds


def report_path(text: str) -> Path:
    """Where ``--junit`` writes, checked before anything is sent: a file (new or old) in a folder that exists.

    A run triggered and waited for must not end in a report that cannot be written.
    """
    if not text.strip():
        raise ValueError("the report path is empty")
    path = Path(text)
    if path.is_dir():
        raise ValueError(f"{text!r} is a directory; give a file path such as {str(path / 'report.xml')!r}")
    folder = path.parent
    if not folder.is_dir():
        raise ValueError(f"{text!r}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ValueError(f"{text!r} cannot be written here (permission denied)")
    return path


def _collides(field: InputField) -> bool:
    kebab = field.name.replace("_", "-")
    return kebab in SHARED_OPTIONS or field.name in SHARED_NAMES


def param_name(field: InputField) -> str:
    """The Python name the parser keeps the option's value under: ``field_<name>`` where the name is taken."""
    return f"field_{field.name}" if _collides(field) else field.name


def option_name(field: InputField) -> str:
    """``test_id`` → ``--test-id``; ``region`` → ``--field-region`` (``--region`` is every command's own)."""
    return "--" + param_name(field).replace("_", "-")


class _Flag(argparse.BooleanOptionalAction):
    """``--x`` / ``--no-x``; where one of the two must be given, the usage shows them as one choice."""

    def format_usage(self) -> str:
        """``(--x | --no-x)`` where required (argparse would run two required flags together), else ``--x | --no-x``."""
        shown = super().format_usage()
        return f"({shown})" if self.required else shown


def add_field(options: Options, field: InputField) -> None:
    """``field``'s option on ``options``; one not given is ``None`` (the vendor's default applies)."""
    name, python = option_name(field), param_name(field)
    help_ = printable(field.help)  # a spec's description is the vendor's text: never a terminal escape
    if python != field.name:
        taken = "--" + field.name.replace("_", "-")
        help_ = f"The vendor's field {field.name!r} ({taken} is this command's own option). {help_}"
    # argparse checks required options together, so one message names all the missing ones (by option).
    settings: dict[str, Any] = {"dest": python, "required": field.required, "help": help_}
    if field.form == "flag":
        add_option(options, name, action=_Flag, default=None, **settings)
    elif field.form == "repeated":
        add_option(options, name, action="append", metavar=field.metavar, **settings)
    else:
        add_option(options, name, metavar=field.metavar, **settings)


def in_option_words(error: InvalidInputError, fields: list[InputField]) -> InvalidInputError:
    """``error`` as the command line says it: the facade's ``x_stack_id`` is the option ``--x-stack-id``.

    The facade's errors open with ``<vendor>: <field>:`` (``field`` may go on into an item: ``filters.0.id``);
    only that opening is reworded, and the error keeps its class and its field.
    """
    field = error.field or ""
    head, _, inside = field.partition(".")
    by_name = {option.name: option for option in fields}
    opening = f"{error.vendor}: {field}:"
    if head not in by_name or not error.message.startswith(opening):
        return error
    where = option_name(by_name[head]) + (f" (at {inside})" if inside else "")
    message = f"{error.vendor}: {where}:{error.message[len(opening) :]}"
    return type(error)(message, vendor=error.vendor, field=error.field)


def _json_text(field: InputField, text: str, vendor: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"{exc.msg} at column {exc.colno}"
    except RecursionError:
        problem = "nested too deeply"
    raise InvalidInputError(
        f"{vendor}: {option_name(field)}: not JSON text ({problem})", vendor=vendor, field=field.name
    )


def collect(fields: list[InputField], values: dict[str, Any], vendor: str) -> dict[str, Any]:
    """The options the user gave, as facade parameters, each typed as the spec says."""
    params: dict[str, Any] = {}
    for field in fields:
        value = values.get(param_name(field))
        if value is None or value == []:
            continue
        if field.form == "json":
            value = _json_text(field, value, vendor)
        elif field.form == "repeated":
            value = [typed_text(item, field.number) for item in value]
        elif field.form == "value":
            value = typed_text(value, field.number)
        params[field.name] = value
    return params


def example_argv(params: Mapping[str, Any], fields: Iterable[InputField] = ()) -> list[str]:
    """Facade parameters (a manifest example) as this command line's options: the inverse of ``collect``.

    ``fields``: the operation's, where known; a value of a field read as JSON text (an untyped body's
    ``root``) is written as JSON whatever it is.
    """
    as_json = {field.name for field in fields if field.form == "json"}
    argv: list[str] = []
    for name, value in params.items():
        option = option_name(InputField(name))  # a field named as a shared option is --field-<name>
        if name in as_json:
            argv += [option, json.dumps(value)]
        elif isinstance(value, bool):
            argv.append(option if value else "--no-" + option[2:])
        elif isinstance(value, list) and not any(isinstance(item, dict | list) for item in value):
            for item in value:
                argv += [option, str(item)]
        elif isinstance(value, dict | list):
            argv += [option, json.dumps(value)]
        else:
            argv += [option, str(value)]
    return argv
