"""Webhooks: removed or added, and each kept one compared turned round (callers read what it sends)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Place

if TYPE_CHECKING:
    from .check import Checker

__all__ = ["compare"]


def compare(checker: Checker) -> None:
    """The ``webhooks`` of both documents (OpenAPI 3.1)."""
    from .operations import compare_operation, operations_of  # noqa: PLC0415 - operations imports the checker

    before, after = operations_of(checker.old, "webhooks"), operations_of(checker.new, "webhooks")
    for key, old in before.items():
        if key not in after:
            place = Place(f"webhook {old.template} {old.method.upper()}", "webhook", old.pointer)
            checker.emit("webhook-removed", place, name=old.template, method=old.method.upper())
    for key, new in after.items():
        if key not in before:
            place = Place(f"webhook {new.template} {new.method.upper()}", "webhook", new.pointer)
            checker.emit("webhook-added", place, name=new.template, method=new.method.upper())
        else:
            compare_operation(checker, before[key], new, webhook=True)
