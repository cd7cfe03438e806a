"""What changed between two versions of a vendor's effective spec, judged for the facade's callers.

Every change is one ``Change``: breaking (code that worked may not), additive
(new things, nothing taken away) or cosmetic (descriptions, examples). The
mapped operations are compared field by field; the rest of the document by
what it offers (operations added or removed, servers, security).

- breaking: an operation or parameter removed or renamed, a parameter or field
  that becomes required, a type or format changed, an enum value removed, a
  bound tightened, a default changed, a field the manifest reads (run id,
  status) moved or removed, auth or servers changed;
- additive: a new optional parameter or field, a new enum value, a bound
  loosened, a new operation;
- cosmetic: descriptions, summaries, titles, examples.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from testruns._openapi import SpecOperation, json_schema, resolve, spec_operations, success_answer
from testruns.manifest import OperationEntry, VendorEntry

from .pointers import missing_step

__all__ = ["Change", "Kind", "spec_changes", "summary"]

Kind = Literal["breaking", "additive", "cosmetic"]
KINDS: tuple[Kind, ...] = ("breaking", "additive", "cosmetic")

_COSMETIC = ("description", "summary", "title", "example", "examples", "externalDocs", "deprecated")
# A bound that grows tightens (a minimum), or loosens (a maximum).
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Change:
    """One difference: how it affects callers, where it is, and what it is."""

    kind: Kind
    where: str
    what: str

    def as_dict(self) -> dict[str, str]:
        """For ``--json``."""
        return {"kind": self.kind, "where": self.where, "what": self.what}


def summary(changes: list[Change]) -> str:
    """``1 breaking, 2 additive`` (``no change`` when empty; cosmetic ones counted last)."""
    counts = [(kind, sum(1 for c in changes if c.kind == kind)) for kind in KINDS]
    shown = [f"{count} {kind}" for kind, count in counts if count]
    return ", ".join(shown) or "no change"


@dataclass
class _Differ:
    old_doc: Mapping[str, Any]
    new_doc: Mapping[str, Any]
    found: list[Change] = field(default_factory=list)

    def add(self, kind: Kind, where: str, what: str) -> None:
        self.found.append(Change(kind, where, what))

    # -- schemas -------------------------------------------------------------

    def schema(self, where: str, old: Any, new: Any, direction: str, depth: int = 0) -> None:
        """Compare two schemas; ``direction`` is ``request`` (what callers send) or ``response``."""
        old, new = resolve(self.old_doc, old), resolve(self.new_doc, new)
        if not isinstance(old, Mapping) or not isinstance(new, Mapping) or depth > _MAX_DEPTH:
            return
        self._types(where, old, new)
        self._enum(where, old, new)
        self._bounds(where, old, new)
        if old.get("default") != new.get("default"):
            # What a caller who leaves the field out gets is what changed.
            if "default" not in old:
                self.add("breaking", where, f"now defaults to {_shown(new.get('default'))}")
            else:
                self.add("breaking", where, f"default {_shown(old.get('default'))} → {_shown(new.get('default'))}")
        for key in _COSMETIC:
            if old.get(key) != new.get(key):
                self.add("cosmetic", where, f"{key} changed")
        self._properties(where, old, new, direction, depth)
        if "items" in old or "items" in new:
            self.schema(f"{where}[]", old.get("items", {}), new.get("items", {}), direction, depth + 1)
        for key in ("allOf", "oneOf", "anyOf"):
            olds, news = list(old.get(key) or []), list(new.get(key) or [])
            for index, (a, b) in enumerate(zip(olds, news, strict=False)):
                self.schema(f"{where}({key}[{index}])", a, b, direction, depth + 1)
            if len(news) > len(olds):
                self.add("additive", where, f"{key} gains {len(news) - len(olds)} branch(es)")
            elif len(news) < len(olds):
                self.add("breaking", where, f"{key} loses {len(olds) - len(news)} branch(es)")

    def _types(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = _types(old), _types(new)
        if before != after and before and after:
            self.add("breaking", where, f"type {'|'.join(sorted(before))} → {'|'.join(sorted(after))}")
        if old.get("format") != new.get("format") and (old.get("format") or new.get("format")):
            self.add("breaking", where, f"format {_shown(old.get('format'))} → {_shown(new.get('format'))}")

    def _enum(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in new:
            self.add("additive", where, "no longer limited to an enum")
            return
        if "enum" not in old:
            self.add("breaking", where, f"now limited to {_shown(new['enum'])}")
            return
        removed = [v for v in old["enum"] if v not in new["enum"]]
        added = [v for v in new["enum"] if v not in old["enum"]]
        if removed:
            self.add("breaking", where, f"enum value(s) removed: {_shown(removed)}")
        if added:
            self.add("additive", where, f"enum value(s) added: {_shown(added)}")

    def _bounds(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for key in (*_LOWER, *_UPPER):
            a, b = old.get(key), new.get(key)
            if a == b or isinstance(a, bool) or isinstance(b, bool):
                continue
            grows = key in _LOWER
            if a is None:
                tighter = True
            elif b is None:
                tighter = False
            elif isinstance(a, int | float) and isinstance(b, int | float):
                tighter = b > a if grows else b < a
            else:
                continue
            kind: Kind = "breaking" if tighter else "additive"
            self.add(kind, where, f"{key} {_shown(a)} → {_shown(b)} ({'tightened' if tighter else 'loosened'})")
        if old.get("pattern") != new.get("pattern"):
            kind = "additive" if new.get("pattern") is None else "breaking"
            self.add(kind, where, f"pattern {_shown(old.get('pattern'))} → {_shown(new.get('pattern'))}")

    def _properties(
        self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str, depth: int
    ) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        if not isinstance(before, Mapping) or not isinstance(after, Mapping):
            return
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        removed = [name for name in before if name not in after]
        added = [name for name in after if name not in before]
        for name in removed:
            self.add("breaking", f"{where}.{name}", "field removed")
        for name in added:
            needed = direction == "request" and name in new_required
            kind: Kind = "breaking" if needed else "additive"
            self.add(kind, f"{where}.{name}", "new required field" if needed else "new field")
        for name in before:
            if name not in after:
                continue
            at = f"{where}.{name}"
            if direction == "request" and name in new_required and name not in old_required:
                self.add("breaking", at, "now required")
            elif direction == "request" and name in old_required and name not in new_required:
                self.add("additive", at, "no longer required")
            elif direction == "response" and name in old_required and name not in new_required:
                self.add("breaking", at, "may now be absent from the answer")
            self.schema(at, before[name], after[name], direction, depth + 1)
        if old.get("additionalProperties") is not False and new.get("additionalProperties") is False:
            self.add("breaking" if direction == "request" else "cosmetic", where, "no longer takes other fields")

    # -- operations ----------------------------------------------------------

    def operation(self, label: str, old: SpecOperation, new: SpecOperation) -> None:
        if (old.method, old.template) != (new.method, new.template):
            self.add(
                "breaking",
                label,
                f"moved from {old.method.upper()} {old.template} to {new.method.upper()} {new.template}",
            )
        self._parameters(label, old, new)
        self._body(label, old, new)
        self._success(label, old, new)
        for key in ("summary", "description"):
            if old.operation.get(key) != new.operation.get(key):
                self.add("cosmetic", label, f"{key} changed")

    def _parameters(self, label: str, old: SpecOperation, new: SpecOperation) -> None:
        before = {(p.get("in"), p.get("name")): p for p in old.parameters}
        after = {(p.get("in"), p.get("name")): p for p in new.parameters}
        gone = [key for key in before if key not in after]
        came = [key for key in after if key not in before]
        # A path parameter that changed its name in the same place of the path is a rename.
        old_path = [name for place, name in gone if place == "path"]
        new_path = [name for place, name in came if place == "path"]
        renamed = dict(zip(old_path, new_path, strict=False)) if len(old_path) == len(new_path) else {}
        for place, name in gone:
            if place == "path" and name in renamed:
                self.add("breaking", f"{label} path parameter {name}", f"renamed to {renamed[name]}")
            else:
                self.add("breaking", f"{label} {place} parameter {name}", "removed")
        for place, name in came:
            if place == "path" and name in renamed.values():
                continue
            needed = bool(after[(place, name)].get("required"))
            self.add(
                "breaking" if needed else "additive",
                f"{label} {place} parameter {name}",
                "new required parameter" if needed else "new optional parameter",
            )
        for key, parameter in before.items():
            if key not in after:
                continue
            at = f"{label} {key[0]} parameter {key[1]}"
            if after[key].get("required") and not parameter.get("required"):
                self.add("breaking", at, "now required")
            elif parameter.get("required") and not after[key].get("required"):
                self.add("additive", at, "no longer required")
            self.schema(at, parameter.get("schema", {}), after[key].get("schema", {}), "request")
            if parameter.get("description") != after[key].get("description"):
                self.add("cosmetic", at, "description changed")

    def _body(self, label: str, old: SpecOperation, new: SpecOperation) -> None:
        before, after = json_schema(old.request_body), json_schema(new.request_body)
        if before is None and after is None:
            return
        if before is None:
            needed = bool(new.request_body.get("required"))
            self.add("breaking" if needed else "additive", f"{label} body", "now takes a JSON body")
            return
        if after is None:
            self.add("breaking", f"{label} body", "no longer takes a JSON body")
            return
        self.schema(f"{label} body", before, after, "request")

    def _success(self, label: str, old: SpecOperation, new: SpecOperation) -> None:
        before, after = success_answer(old.operation), success_answer(new.operation)
        if before[0] != after[0]:
            self.add("breaking", f"{label} answer", f"success status {before[0]} → {after[0]}")
        if before[1] is not None and after[1] is not None:
            self.schema(f"{label} answer", before[1], after[1], "response")
        elif before[1] is not None:
            self.add("breaking", f"{label} answer", "no longer a JSON body")
        old_codes = set(old.operation.get("responses", {}))
        new_codes = set(new.operation.get("responses", {}))
        for code in sorted(new_codes - old_codes):
            self.add("additive", f"{label} answer", f"documents status {code}")
        for code in sorted(old_codes - new_codes):
            self.add("cosmetic", f"{label} answer", f"no longer documents status {code}")

    def pointers(self, label: str, entry: OperationEntry, new: SpecOperation) -> None:
        """The fields the manifest reads must still be in the new answer."""
        schema = success_answer(new.operation)[1]
        for key, pointer in _pointers(entry):
            missing = "the JSON body" if schema is None else missing_step(self.new_doc, schema, pointer)
            if missing is not None:
                self.add(
                    "breaking", f"{label} answer", f"the {key} the manifest reads at {pointer} moved or was removed"
                )


def _pointers(entry: OperationEntry) -> Iterator[tuple[str, str]]:
    for key, pointer in (("run id", entry.run_id), ("status", entry.status), ("verdict", entry.verdict)):
        if isinstance(pointer, str):
            yield key, pointer


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
    if schema.get("nullable") is True:
        kinds.add("null")
    return kinds


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _servers(spec: Mapping[str, Any]) -> list[str]:
    return [str(server.get("url")) for server in spec.get("servers") or [] if isinstance(server, Mapping)]


def spec_changes(
    old_vendor: VendorEntry | None,
    old_spec: Mapping[str, Any] | None,
    new_vendor: VendorEntry | None,
    new_spec: Mapping[str, Any] | None,
) -> list[Change]:
    """Every change between two versions of one vendor (either may be absent: added or removed)."""
    if old_vendor is None or old_spec is None:
        return [Change("additive", "vendor", "new vendor")]
    if new_vendor is None or new_spec is None:
        return [Change("breaking", "vendor", "vendor removed")]
    differ = _Differ(old_spec, new_spec)
    old_version, new_version = (spec.get("info", {}).get("version") for spec in (old_spec, new_spec))
    if old_version != new_version:
        differ.add("cosmetic", "info.version", f"{_shown(old_version)} → {_shown(new_version)}")
    if old_vendor.auth != new_vendor.auth:
        differ.add("breaking", "auth", "how the key is sent changed (manifest auth)")
    if (old_spec.get("components") or {}).get("securitySchemes") != (new_spec.get("components") or {}).get(
        "securitySchemes"
    ) or old_spec.get("security") != new_spec.get("security"):
        differ.add("breaking", "auth", "the spec's security changed")
    if _servers(old_spec) != _servers(new_spec) or old_vendor.regions != new_vendor.regions:
        differ.add("breaking", "servers", f"{_servers(old_spec)} → {_servers(new_spec)}")
    old_ops = {op.operation_id: op for op in spec_operations(old_spec)}
    new_ops = {op.operation_id: op for op in spec_operations(new_spec)}
    mapped_old = {entry.operation_id for entry in old_vendor.operations.values()}
    for name, entry in old_vendor.operations.items():
        label = f"{name} ({entry.operation_id})"
        moved_to = new_vendor.operations.get(name)
        if moved_to is None:
            differ.add("breaking", label, f"the facade no longer has {name}")
            continue
        new_op = new_ops.get(moved_to.operation_id)
        if new_op is None:
            differ.add("breaking", label, f"operation {moved_to.operation_id} is gone from the spec")
            continue
        if moved_to.operation_id != entry.operation_id:
            differ.add("breaking", label, f"now operation {moved_to.operation_id} (renamed)")
        if entry.operation_id in old_ops:
            differ.operation(label, old_ops[entry.operation_id], new_op)
        differ.pointers(label, moved_to, new_op)
    for name, entry in new_vendor.operations.items():
        if name not in old_vendor.operations:
            differ.add("additive", f"{name} ({entry.operation_id})", f"new facade operation: {name}")
    mapped_new = {entry.operation_id for entry in new_vendor.operations.values()}
    for op_id in sorted((old_ops.keys() & new_ops.keys()) - mapped_old - mapped_new):
        # The generated client's own functions: its importers call these directly.
        differ.operation(f"operation {op_id}", old_ops[op_id], new_ops[op_id])
    for op_id in sorted(old_ops.keys() - new_ops.keys() - mapped_old):
        differ.add("breaking", f"operation {op_id}", "removed (the generated client loses it)")
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        differ.add("additive", f"operation {op_id}", "new in the generated client")
    return differ.found
