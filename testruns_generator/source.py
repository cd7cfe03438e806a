"""Values the generated facades hold (``InputField``s), written as the Python source that builds them."""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["call_source", "tuple_source"]


def call_source(value: Any) -> str:
    """``value`` (a dataclass instance) as the source of its constructor call: fields without a default
    positional, the others by keyword where they differ from it."""
    parts = []
    for item in dataclasses.fields(value):
        given = getattr(value, item.name)
        text = (
            tuple_source(given)
            if isinstance(given, tuple) and given and dataclasses.is_dataclass(given[0])
            else repr(given)
        )
        if item.default is dataclasses.MISSING:
            parts.append(text)
        elif given != item.default:
            parts.append(f"{item.name}={text}")
    return f"{type(value).__name__}({', '.join(parts)})"


def tuple_source(values: tuple[Any, ...]) -> str:
    """A tuple of dataclass instances as source: ``(InputField(...), ...)``."""
    return "(" + "".join(f"{call_source(value)}, " for value in values) + ")"
