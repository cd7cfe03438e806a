"""Reading a generated pydantic model's field annotations: ``X | None``, and whether a value is a number."""

from __future__ import annotations

import types
import typing
from typing import Any

__all__ = ["is_number", "split_none"]


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
