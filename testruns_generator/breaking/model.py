"""What the checker reads and writes: a document's nodes, checked as they are read, and the findings."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .rules import Level, rule

__all__ = ["Doc", "DocumentError", "Finding", "Place", "escape_pointer", "shown"]


class DocumentError(Exception):
    """A document the checker cannot read: names the document and the JSON pointer of the place."""

    def __init__(self, document: str, pointer: str, message: str) -> None:
        self.document, self.pointer, self.message = document, pointer, message
        super().__init__(f"{document} at {pointer or '/'}: {message}")


@dataclass(frozen=True)
class Finding:
    """One change a rule found: the rule, where it is, and what it is."""

    rule: str
    level: Level
    operation: str  # "POST /runs", "webhook runDone POST", or "" for the document as a whole
    location: str  # "request body application/json", "query parameter limit", "response 200 header X-Next"
    pointer: str  # the JSON Pointer of the place, in the new document (the old one for what was removed)
    message: str
    python: tuple[str, ...] = ()  # what it does to the generated Python, where griffe says

    def as_dict(self) -> dict[str, Any]:
        """For ``--format json``."""
        found: dict[str, Any] = {
            "rule": self.rule,
            "level": self.level,
            "direction": rule(self.rule).direction,
            "operation": self.operation,
            "location": self.location,
            "pointer": self.pointer,
            "message": self.message,
        }
        if self.python:
            found["python"] = list(self.python)
        return found


@dataclass(frozen=True)
class Place:
    """Where a comparison is: the operation, the human location, and the JSON pointer."""

    operation: str
    location: str
    pointer: str

    def at(self, *steps: str | int) -> Place:
        """The same place, ``steps`` deeper in the document."""
        return Place(self.operation, self.location, self.pointer + "".join(f"/{escape_pointer(str(s))}" for s in steps))

    def called(self, location: str) -> Place:
        """The same pointer under another human name."""
        return Place(self.operation, location, self.pointer)


def escape_pointer(step: str) -> str:
    """One JSON Pointer step: ``~`` and ``/`` escaped."""
    return step.replace("~", "~0").replace("/", "~1")


def shown(value: Any) -> str:
    """A value as a message shows it: JSON, cut at 80 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_REF_LIMIT = 64


@dataclass
class Doc:
    """One side of the comparison: its name (for errors) and its nodes, read strictly."""

    name: str
    root: Mapping[str, Any]
    _refs: dict[str, Any] = field(default_factory=dict)

    def mapping(self, node: Any, key: str, pointer: str) -> Mapping[str, Any]:
        """``node[key]`` as a mapping: ``{}`` when absent; an error when present and not a mapping."""
        value = node.get(key) if isinstance(node, Mapping) else None
        if value is None and (not isinstance(node, Mapping) or key not in node):
            return {}
        return self.object(value, f"{pointer}/{escape_pointer(key)}")

    def object(self, value: Any, pointer: str) -> Mapping[str, Any]:
        """``value`` (at ``pointer``), its ``$ref`` followed, as a mapping; an error when it is not one."""
        value = self.resolve(value, pointer)
        if not isinstance(value, Mapping):
            raise DocumentError(self.name, pointer, f"expected an object, found {_kind(value)}")
        return value

    def sequence(self, node: Any, key: str, pointer: str) -> list[Any]:
        """``node[key]`` as a list: ``[]`` when absent; an error when present and not a list."""
        if not isinstance(node, Mapping) or key not in node:
            return []
        value = node[key]
        if not isinstance(value, list):
            raise DocumentError(
                self.name, f"{pointer}/{escape_pointer(key)}", f"expected an array, found {_kind(value)}"
            )
        return value

    def resolve(self, node: Any, pointer: str) -> Any:
        """``node`` with its local ``$ref`` chain followed; a dangling, foreign or endless one is an error."""
        for _ in range(_REF_LIMIT):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node
            node = self.target(node["$ref"], pointer)
        raise DocumentError(self.name, pointer, "a $ref chain longer than 64 steps (a loop?)")

    def target(self, ref: str, pointer: str) -> Any:
        """What a local ``$ref`` points at."""
        if ref in self._refs:
            return self._refs[ref]
        if not ref.startswith("#"):
            raise DocumentError(self.name, pointer, f"$ref {ref!r} points outside the document")
        node: Any = self.root
        for step in ref[2:].split("/") if ref != "#" else []:
            step = step.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and step in node:
                node = node[step]
            elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
                node = node[int(step)]
            else:
                raise DocumentError(self.name, pointer, f"$ref {ref!r} points at nothing")
        self._refs[ref] = node
        return node

    def items(self, node: Mapping[str, Any], key: str, pointer: str) -> Iterator[tuple[str, Any]]:
        """``node[key]``'s entries, keys as text (a YAML document may key statuses as numbers)."""
        for name, value in self.mapping(node, key, pointer).items():
            yield str(name), value


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__.replace("str", "text").replace("dict", "object")
