"""Deprecation and sunset: what ``deprecated`` and ``x-sunset`` say, and what a removal means against them."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

__all__ = ["SUNSET", "Sunset", "sunset", "sunset_note"]

SUNSET = "x-sunset"

# A parsed x-sunset: a date, None when there is none, or the text that is not a date.
Sunset = datetime.date | str | None


def sunset(node: Any) -> Sunset:
    """The sunset date ``node`` announces (YAML may have read it as a date already)."""
    value = node.get(SUNSET) if isinstance(node, Mapping) else None
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)


def sunset_note(node: Any) -> str:
    """`` (sunset 2025-01-31)`` for a message, or nothing."""
    when = sunset(node)
    return f" (sunset {when})" if isinstance(when, datetime.date) else ""


def removed_before_sunset(node: Any, today: datetime.date) -> datetime.date | None:
    """The sunset date not yet reached of a removed element that was deprecated, or None."""
    when = sunset(node)
    if isinstance(node, Mapping) and node.get("deprecated") is True and isinstance(when, datetime.date):
        return when if when > today else None
    return None
