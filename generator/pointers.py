"""The manifest's JSON Pointers, checked against the answer's schema when a vendor is generated.

A run id or status the vendor moved must fail ``make generate``, naming the
pointer, not a user's run. A pointer is good when every step of it is a
property the schema declares, following ``$ref``, ``allOf`` and any branch of
``oneOf`` / ``anyOf``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from testruns.vendors import pointer_steps, resolve

__all__ = ["missing_step"]


def _members(document: Mapping[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema and every schema it is made of (allOf, oneOf, anyOf), resolved."""
    resolved = resolve(document, schema)
    if not isinstance(resolved, dict):
        return []
    found = [resolved]
    for key in ("allOf", "oneOf", "anyOf"):
        for part in resolved.get(key, []) or []:
            found += _members(document, part)
    return found


def missing_step(document: Mapping[str, Any], schema: Any, pointer: str) -> str | None:
    """The first step of ``pointer`` that ``schema`` does not declare, or None when it reaches."""
    current = [schema]
    for step in pointer_steps(pointer):
        following = [
            member["properties"][step]
            for node in current
            for member in _members(document, node)
            if isinstance(member.get("properties"), dict) and step in member["properties"]
        ]
        if not following:
            return step
        current = following
    return None
