"""The checker: two documents in, every finding out. The rules' logic lives in one module per category."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Doc, DocumentError, Finding, Place
from .rules import Direction, rule
from .schemas import Hit, SchemaDiff

__all__ = ["Checker", "check_documents"]


class Checker:
    """The state of one comparison: both documents, the schema walker and what has been found."""

    def __init__(self, old: Doc, new: Doc, today: datetime.date) -> None:
        self.old, self.new, self.today = old, new, today
        self.schemas = SchemaDiff(old, new, today)
        self.found: list[Finding] = []

    def emit(self, rule_id: str, place: Place, /, **fields: Any) -> None:
        """Record one finding of ``rule_id`` at ``place``; ``fields`` fill the rule's message."""
        found = rule(rule_id)
        self.found.append(
            Finding(
                rule_id,
                found.level,
                place.operation,
                place.location,
                place.pointer,
                found.message.format_map(_Fields(fields)),
            )
        )

    def place_hits(self, place: Place, hits: Iterable[Hit]) -> None:
        """The schema walker's hits, placed below ``place``."""
        for rule_id, below, fields in hits:
            found = rule(rule_id)
            message = found.message.format_map(_Fields(fields))
            self.found.append(
                Finding(rule_id, found.level, place.operation, place.location, place.pointer + below, message)
            )

    def schema(self, place: Place, old: Any, new: Any, direction: str) -> None:
        """Compare two schemas at ``place`` for a sender (``request``) or a reader (``response``)."""
        way: Direction = "request" if direction == "request" else "response"
        self.place_hits(place, self.schemas.compare(old, new, way, place.pointer))


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def check_documents(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    old_name: str = "the old document",
    new_name: str = "the new document",
    today: datetime.date | None = None,
) -> list[Finding]:
    """Every finding between two OpenAPI documents (already parsed); a ``DocumentError`` names a bad one."""
    from . import operations, security, webhooks  # noqa: PLC0415 - the categories, each a module

    for name, document in ((old_name, old), (new_name, new)):
        if not isinstance(document, Mapping):
            raise DocumentError(name, "", "an OpenAPI document must be an object")
    checker = Checker(Doc(old_name, old), Doc(new_name, new), today or datetime.date.today())
    operations.compare(checker)
    security.compare_global(checker)
    webhooks.compare(checker)
    return checker.found
