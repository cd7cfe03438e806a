"""Paths and operations: removed (with or without deprecation, before or after the sunset), added, renamed,
deprecated; each matched operation's parameters, bodies, answers and security compared."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import content, parameters, security
from .check import Checker
from .lifecycle import SUNSET, removed_before_sunset, sunset, sunset_note
from .model import Doc, Place, escape_pointer, shown

__all__ = ["Operation", "compare", "compare_operation", "operations_of"]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace", "query")
_PARAMETER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Operation:
    """One operation of a document, where it is, and the parameters its path item shares with it."""

    template: str
    method: str
    node: Mapping[str, Any]
    pointer: str
    shared: list[tuple[Mapping[str, Any], str]]  # the path item's parameters, with their pointers

    @property
    def label(self) -> str:
        """``POST /runs/{id}``."""
        return f"{self.method.upper()} {self.template}"


def operations_of(doc: Doc, key: str = "paths") -> dict[tuple[str, str], Operation]:
    """The operations under ``paths`` (or ``webhooks``), keyed by method and template with its parameters'
    names left out, so ``/runs/{id}`` and ``/runs/{run_id}`` are the same endpoint."""
    found: dict[tuple[str, str], Operation] = {}
    for template, raw in doc.items(doc.root, key, ""):
        pointer = f"/{key}/{escape_pointer(template)}"
        item = doc.object(raw, pointer)
        shared = [
            (doc.object(p, f"{pointer}/parameters/{i}"), f"{pointer}/parameters/{i}")
            for i, p in enumerate(doc.sequence(item, "parameters", pointer))
        ]
        for method in METHODS:
            if method in item:
                node = doc.mapping(item, method, pointer)
                name = _PARAMETER.sub("{}", template) if key == "paths" else template
                found[(name, method)] = Operation(template, method, node, f"{pointer}/{method}", shared)
    return found


def compare(checker: Checker) -> None:
    """Every path and operation of the two documents."""
    _servers(checker)
    before, after = operations_of(checker.old), operations_of(checker.new)
    for key, old in before.items():
        if key not in after:
            _removed(checker, old)
    for key, new in after.items():
        found = before.get(key)
        if found is None:
            checker.emit(
                "endpoint-added",
                Place(new.label, "operation", new.pointer),
                method=new.method.upper(),
                path=new.template,
            )
        else:
            compare_operation(checker, found, new)


def _removed(checker: Checker, old: Operation) -> None:
    place = Place(old.label, "operation", old.pointer)
    until = removed_before_sunset(old.node, checker.today)
    fields = {"method": old.method.upper(), "path": old.template}
    if until is not None:
        checker.emit("endpoint-removed-before-sunset", place, date=str(until), **fields)
    elif old.node.get("deprecated") is True:
        checker.emit("endpoint-removed-after-deprecation", place, **fields)
    else:
        checker.emit("endpoint-removed", place, **fields)


def compare_operation(checker: Checker, old: Operation, new: Operation, *, webhook: bool = False) -> None:
    """One operation in both documents; a webhook's are turned round (its request is what callers read)."""
    place = Place(
        new.label if not webhook else f"webhook {new.template} {new.method.upper()}", "operation", new.pointer
    )
    old_id, new_id = old.node.get("operationId"), new.node.get("operationId")
    if old_id != new_id and not webhook:
        checker.emit("operation-id-changed", place, old=shown(old_id), new=shown(new_id))
    _lifecycle(checker, place, old.node, new.node)
    if not webhook:
        parameters.compare(checker, place, old, new)
        security.compare_operation(checker, place, old.node, new.node)
    content.compare_operation(checker, place, old.node, new.node, webhook=webhook)


def _lifecycle(checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    was, now = old.get("deprecated") is True, new.get("deprecated") is True
    if now and not was:
        checker.emit("endpoint-deprecated", place, sunset=sunset_note(new))
    elif was and not now:
        checker.emit("endpoint-reactivated", place)
    before, after = sunset(old), sunset(new)
    if isinstance(after, str) and after != before:
        checker.emit("sunset-invalid", place.at(SUNSET), new=shown(new.get(SUNSET)))
    elif isinstance(before, datetime.date) and isinstance(after, datetime.date) and after < before:
        checker.emit("endpoint-sunset-earlier", place.at(SUNSET), old=str(before), new=str(after))
    elif isinstance(before, datetime.date) and after is None and now:
        checker.emit("endpoint-sunset-removed", place.at(SUNSET), old=str(before))


def _servers(checker: Checker) -> None:
    def urls(doc: Doc) -> list[str]:
        servers = doc.sequence(doc.root, "servers", "")
        return [str(s.get("url")) for s in servers if isinstance(s, Mapping)]

    before, after = urls(checker.old), urls(checker.new)
    for url in before:
        if url not in after:
            checker.emit("server-removed", Place("", "servers", "/servers"), old=shown(url))
    for url in after:
        if url not in before:
            checker.emit("server-added", Place("", "servers", "/servers"), new=shown(url))
