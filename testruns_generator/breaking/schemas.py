"""One schema walker for both directions: what changed between two schemas, judged for a sender or a reader.

``compare`` returns hits (rule id, JSON Pointer below the schema, message
fields); the caller places them. A pair of ``$ref``s is compared once per
direction and its hits reused wherever the pair appears (a component used by
fifty operations costs one walk), and a pair already being compared further up
(a recursive schema) is not walked again.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, TypeGuard

from .lifecycle import removed_before_sunset, sunset_note
from .model import Doc, DocumentError, escape_pointer, shown
from .rules import BOUNDS, Direction, kebab

__all__ = ["Hit", "SchemaDiff"]

Hit = tuple[str, str, dict[str, str]]  # rule id, pointer below the compared schema, message fields

_COMPOSITION = {"allOf": "all-of", "anyOf": "any-of", "oneOf": "one-of"}
_WALKED_IF_BOTH = ("then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems",
                   "contentSchema")  # fmt: skip
_PRESENCE = ("not", "if", *_WALKED_IF_BOTH)
_WIDER_FORMATS = {("int32", "int64"), ("float", "double")}
_ANYTHING = {"", ".*", "^.*$", "(.*)", "^(.*)$", "[\\s\\S]*"}
_MAX_DEPTH = 48


def _flip(direction: Direction) -> Direction:
    return "response" if direction == "request" else "request"


def _as_schema(node: Any) -> Any:
    # JSON Schema's boolean schemas: true takes anything, false nothing.
    if node is True:
        return {}
    if node is False:
        return {"not": {}}
    return node


def _types(schema: Mapping[str, Any]) -> tuple[frozenset[str], bool]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
    nullable = "null" in kinds or schema.get("nullable") is True
    kinds.discard("null")
    return frozenset(kinds), nullable


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _divides(small: float, big: float) -> bool:
    try:
        return (Fraction(str(big)) / Fraction(str(small))).denominator == 1
    except (ValueError, ZeroDivisionError):
        return False


def _canon(value: Any) -> str:
    return shown(value) if not isinstance(value, str) else "s:" + value


class SchemaDiff:
    """Compares schemas of two documents; one instance per pair of documents (it caches)."""

    def __init__(self, old: Doc, new: Doc, today: datetime.date) -> None:
        self.old, self.new, self.today = old, new, today
        self._cache: dict[tuple[str, str, Direction], list[Hit]] = {}
        self._active: set[tuple[str, str, Direction]] = set()

    def compare(self, old: Any, new: Any, direction: Direction, pointer: str, depth: int = 0) -> list[Hit]:
        """Hits between two schemas (either may be a ``$ref``); ``pointer`` names the place in errors."""
        old, new = _as_schema(old), _as_schema(new)
        old_ref = old.get("$ref") if isinstance(old, Mapping) else None
        new_ref = new.get("$ref") if isinstance(new, Mapping) else None
        if not isinstance(old_ref, str) and not isinstance(new_ref, str):
            return self._compare(old, new, direction, pointer, depth)
        key = (old_ref if isinstance(old_ref, str) else f"@{id(old)}",
               new_ref if isinstance(new_ref, str) else f"@{id(new)}", direction)  # fmt: skip
        if key in self._cache:
            return self._cache[key]
        if key in self._active:
            return []  # a recursive schema: this pair is being compared further up
        self._active.add(key)
        try:
            hits = self._compare(
                _as_schema(self.old.resolve(old, pointer)), _as_schema(self.new.resolve(new, pointer)), direction,
                pointer, depth,
            )  # fmt: skip
        finally:
            self._active.discard(key)
        self._cache[key] = hits
        return hits

    def _compare(self, old: Any, new: Any, direction: Direction, pointer: str, depth: int) -> list[Hit]:
        for doc, node in ((self.old, old), (self.new, new)):
            if not isinstance(node, Mapping):
                raise DocumentError(doc.name, pointer, f"a schema must be an object, found {shown(node)}")
        if depth > _MAX_DEPTH:
            return []
        hits: list[Hit] = []

        def hit(change: str, where: str = "", **fields: Any) -> None:
            hits.append((f"{direction}-{change}", where, {k: v if isinstance(v, str) else shown(v)
                                                          for k, v in fields.items()}))  # fmt: skip

        def walk(a: Any, b: Any, where: str, flipped: bool = False) -> None:
            way = _flip(direction) if flipped else direction
            for rule_id, below, fields in self.compare(a, b, way, pointer + where, depth + 1):
                hits.append((rule_id, where + below, fields))

        self._types(old, new, hit)
        self._values(old, new, hit, pointer)
        self._bounds(old, new, hit)
        self._properties(old, new, direction, hit, walk, pointer)
        self._subschemas(old, new, hit, walk, pointer)
        return hits

    def _types(self, old: Mapping[str, Any], new: Mapping[str, Any], hit: Any) -> None:
        (before, old_null), (after, new_null) = _types(old), _types(new)
        if before != after:
            shown_old, shown_new = "|".join(sorted(before)) or "any", "|".join(sorted(after)) or "any"
            if not after or (before and _covers(after, before)):
                hit("type-widened", old=shown_old, new=shown_new)
            elif not before or _covers(before, after):
                hit("type-narrowed", old=shown_old, new=shown_new)
            else:
                hit("type-changed", old=shown_old, new=shown_new)
        if old_null != new_null and (before or after):
            hit("became-nullable" if new_null else "became-not-nullable")
        a, b = old.get("format"), new.get("format")
        if a != b:
            if a is None:
                hit("format-added", new=b)
            elif b is None:
                hit("format-removed", old=a)
            else:
                hit("format-widened" if (a, b) in _WIDER_FORMATS else "format-changed", old=a, new=b)

    def _values(self, old: Mapping[str, Any], new: Mapping[str, Any], hit: Any, pointer: str) -> None:
        for key in ("enum", "x-extensible-enum"):
            if key not in old and key not in new:
                continue
            before = self.old.sequence(old, key, pointer) if key in old else None
            after = self.new.sequence(new, key, pointer) if key in new else None
            if before is None or after is None:
                if key == "enum" and before is None:
                    hit("became-enum", new=after)
                elif key == "enum":
                    hit("enum-dropped")
                continue
            old_keys, new_keys = {_canon(v) for v in before}, {_canon(v) for v in after}
            removed = [v for v in before if _canon(v) not in new_keys]
            added = [v for v in after if _canon(v) not in old_keys]
            if removed:
                hit("enum-value-removed", values=removed)
            if added:
                hit("enum-value-added" if key == "enum" else "extensible-enum-value-added", values=added)
        if "const" in old or "const" in new:
            if "const" not in old:
                hit("const-added", new=new["const"])
            elif "const" not in new:
                hit("const-removed", old=old["const"])
            elif _canon(old["const"]) != _canon(new["const"]):
                hit("const-changed", old=old["const"], new=new["const"])
        a, b = old.get("pattern"), new.get("pattern")
        if a != b:
            if a is None:
                hit("pattern-added", new=b)
            elif b is None:
                hit("pattern-removed", old=a)
            else:
                hit("pattern-widened" if b in _ANYTHING else "pattern-changed", old=a, new=b)
        for key in ("default", "discriminator"):
            if old.get(key, ...) != new.get(key, ...):
                hit(f"{kebab(key)}-changed", old=old.get(key, "(none)"), new=new.get(key, "(none)"))
        for key in ("readOnly", "writeOnly"):
            if bool(old.get(key)) != bool(new.get(key)):
                hit(f"{kebab(key)}-changed", old=bool(old.get(key)), new=bool(new.get(key)))
        for key in ("contentMediaType", "contentEncoding"):
            if old.get(key) != new.get(key):
                hit(f"{kebab(key)}-changed", old=old.get(key, "(none)"), new=new.get(key, "(none)"))

    def _bounds(self, old: Mapping[str, Any], new: Mapping[str, Any], hit: Any) -> None:
        for key in BOUNDS:
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            name = kebab(key)
            if isinstance(a, bool) or isinstance(b, bool):  # OpenAPI 3.0's exclusiveMaximum: true
                if (a is True) != (b is True):
                    hit(f"{name}-set" if b is True else f"{name}-unset", old=a, new=b)
                continue
            if a is None and _number(b):
                hit(f"{name}-set", new=b)
            elif b is None and _number(a):
                hit(f"{name}-unset", old=a)
            elif _number(a) and _number(b):
                grew = b > a
                hit(f"{name}-{'increased' if grew else 'decreased'}", old=a, new=b)
        a, b = old.get("multipleOf"), new.get("multipleOf")
        if a != b:
            if a is None:
                hit("multiple-of-set", new=b)
            elif b is None:
                hit("multiple-of-unset", old=a)
            elif _number(a) and _number(b):
                change = "widened" if _divides(b, a) else "narrowed" if _divides(a, b) else "changed"
                hit(f"multiple-of-{change}", old=a, new=b)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            hit("unique-items-set" if new.get("uniqueItems") else "unique-items-unset")

    def _properties(
        self, old: Mapping[str, Any], new: Mapping[str, Any], direction: Direction, hit: Any, walk: Any, pointer: str
    ) -> None:
        before, after = self.old.mapping(old, "properties", pointer), self.new.mapping(new, "properties", pointer)
        old_required = {str(n) for n in self.old.sequence(old, "required", pointer)}
        new_required = {str(n) for n in self.new.sequence(new, "required", pointer)}
        if not before and not after and old_required == new_required:
            return
        # What a sender never sends (readOnly) or a reader never reads (writeOnly) cannot break them.
        unseen = "readOnly" if direction == "request" else "writeOnly"
        names = list(dict.fromkeys([*before, *after, *sorted(old_required | new_required)]))
        for name in names:
            where = f"/properties/{escape_pointer(name)}"
            old_schema = self.old.resolve(before.get(name), pointer + where)
            new_schema = self.new.resolve(after.get(name), pointer + where)
            was, now = name in before or name in old_required, name in after or name in new_required
            hidden = (
                isinstance(new_schema if now else old_schema, Mapping)
                and (new_schema if now else old_schema).get(unseen) is True
            )
            if was and not now:
                until = removed_before_sunset(old_schema, self.today)
                if until is not None:
                    hit("property-removed-before-sunset", where, name=name, date=str(until))
                elif not hidden and direction == "request":
                    hit("property-removed", where, name=name)
                elif not hidden:
                    hit(
                        "required-property-removed" if name in old_required else "optional-property-removed",
                        where,
                        name=name,
                    )
                continue
            if now and not was:
                if hidden:
                    continue
                if direction == "response":
                    hit("new-property", where, name=name)
                else:
                    hit("new-required-property" if name in new_required else "new-optional-property", where, name=name)
                continue
            if not hidden and (name in old_required) != (name in new_required):
                hit(
                    "property-became-required" if name in new_required else "property-became-optional", where, name=name
                )
            if (
                isinstance(new_schema, Mapping)
                and new_schema.get("deprecated") is True
                and not (isinstance(old_schema, Mapping) and old_schema.get("deprecated") is True)
            ):
                hit("property-deprecated", where, name=name, sunset=sunset_note(new_schema))
            if name in before and name in after:
                walk(before[name], after[name], where)

    def _subschemas(self, old: Mapping[str, Any], new: Mapping[str, Any], hit: Any, walk: Any, pointer: str) -> None:
        old_items, new_items = old.get("items", {}), new.get("items", {})
        if (
            ("items" in old or "items" in new)
            and isinstance(old_items, Mapping | bool)
            and isinstance(new_items, Mapping | bool)
        ):
            walk(old.get("items", {}), new.get("items", {}), "/items")
        before, after = self.old.sequence(old, "prefixItems", pointer), self.new.sequence(new, "prefixItems", pointer)
        for index, (a, b) in enumerate(zip(before, after, strict=False)):
            walk(a, b, f"/prefixItems/{index}")
        if len(after) != len(before):
            hit("prefix-items-added" if len(after) > len(before) else "prefix-items-removed", "/prefixItems")
        a, b = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if b is False and a is not False:
            hit("additional-properties-forbidden", "/additionalProperties")
        elif a is not False and b is not False and (isinstance(a, Mapping) or isinstance(b, Mapping)):
            walk(a, b, "/additionalProperties")
        for key, change in (("patternProperties", "pattern-property"), ("dependentSchemas", "dependent-schema")):
            olds, news = self.old.mapping(old, key, pointer), self.new.mapping(new, key, pointer)
            for name in dict.fromkeys([*olds, *news]):
                where = f"/{key}/{escape_pointer(name)}"
                if name not in olds:
                    hit(f"{change}-added", where, key=name)
                elif name not in news:
                    hit(f"{change}-removed", where, key=name)
                else:
                    walk(olds[name], news[name], where)
        olds, news = (
            self.old.mapping(old, "dependentRequired", pointer),
            self.new.mapping(new, "dependentRequired", pointer),
        )
        for name in dict.fromkeys([*olds, *news]):
            a_set, b_set = set(olds.get(name) or []), set(news.get(name) or [])
            where = f"/dependentRequired/{escape_pointer(name)}"
            if b_set - a_set:
                hit("dependent-required-added", where, key=name, values=sorted(b_set - a_set))
            if a_set - b_set:
                hit("dependent-required-removed", where, key=name, values=sorted(a_set - b_set))
        for key in _PRESENCE:
            if key not in old and key not in new:
                continue
            where = f"/{key}"
            if key not in old or key not in new:
                hit(f"{kebab(key)}-{'added' if key in new else 'removed'}", where)
            elif key == "if":
                if old[key] != new[key]:
                    hit("if-changed", where)
            else:
                walk(old[key], new[key], where, flipped=key == "not")  # what `not` takes away, turned round
        for key, change in _COMPOSITION.items():
            self._branches(key, change, old, new, hit, walk, pointer)

    def _branches(
        self, key: str, change: str, old: Mapping[str, Any], new: Mapping[str, Any], hit: Any, walk: Any, pointer: str
    ) -> None:
        before, after = self.old.sequence(old, key, pointer), self.new.sequence(new, key, pointer)
        if not before and not after:
            return
        # Branches pair up by their $ref first, then in order.
        refs = {b.get("$ref"): i for i, b in enumerate(after) if isinstance(b, Mapping) and "$ref" in b}
        pairs: dict[int, int] = {}
        for i, branch in enumerate(before):
            ref = branch.get("$ref") if isinstance(branch, Mapping) else None
            if ref in refs:
                pairs[i] = refs[ref]
        spare_new = [j for j in range(len(after)) if j not in pairs.values()]
        for i in range(len(before)):
            if i not in pairs and spare_new and not (isinstance(before[i], Mapping) and "$ref" in before[i]):
                pairs[i] = spare_new.pop(0)
        for i, j in pairs.items():
            walk(before[i], after[j], f"/{key}/{j}")
        for i in range(len(before)):
            if i not in pairs:
                hit(f"{change}-branch-removed", f"/{key}/{i}")
        for j in spare_new:
            hit(f"{change}-branch-added", f"/{key}/{j}")
