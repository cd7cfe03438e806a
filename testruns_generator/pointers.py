"""The manifest's JSON Pointers and state words, checked against the answer's schema when a vendor is generated.

A run id or status the vendor moved must fail ``make generate``, naming the
pointer, not a user's run. A pointer is good when every step of it is a
property the schema declares, following ``$ref``, ``allOf`` and any branch of
``oneOf`` / ``anyOf``. Where the field a pointer reaches is an enum, every word
the manifest maps for it (``states``, ``verdicts``) must be one of its values. A run id is text or a number:
a pointer that reaches only objects, lists or booleans names the wrong field.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from testruns.vendors import VendorEntry, pointer_steps, resolve, spec_operations, success_answer

from .errors import GenerationError

__all__ = ["check_run_ids", "check_state_words", "missing_step"]


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


def _reached(document: Mapping[str, Any], schema: Any, steps: list[str]) -> list[Any]:
    """The schemas of the field ``steps`` lead to, one per branch that declares it (none where it is missing)."""
    current = [schema]
    for step in steps:
        current = [
            member["properties"][step]
            for node in current
            for member in _members(document, node)
            if isinstance(member.get("properties"), dict) and step in member["properties"]
        ]
    return current


def missing_step(document: Mapping[str, Any], schema: Any, pointer: str) -> str | None:
    """The first step of ``pointer`` that ``schema`` does not declare, or None when it reaches."""
    steps = pointer_steps(pointer)
    return next((step for depth, step in enumerate(steps, 1) if not _reached(document, schema, steps[:depth])), None)


def allowed_values(document: Mapping[str, Any], schema: Any, pointer: str) -> set[str] | None:
    """The values (as text) the field at ``pointer`` may take: its enum, over every branch; None where any is free."""
    allowed: set[str] = set()
    for field in _reached(document, schema, pointer_steps(pointer)) or [{}]:
        enums = [member["enum"] for member in _members(document, field) if isinstance(member.get("enum"), list)]
        if not enums:
            return None
        allowed |= {str(value) for value in enums[0] if value is not None}
    return allowed


def check_state_words(spec: Mapping[str, Any], vendor: VendorEntry, manifest_file: Path) -> None:
    """Every word the manifest maps (``states``, ``verdicts``) is a value the spec's enum for its field allows."""
    operations = {op.operation_id: op.operation for op in spec_operations(spec)}
    for name, entry in vendor.operations.items():
        status, schema = success_answer(operations.get(entry.operation_id, {}))
        read = {"states": (entry.status, entry.states), "verdicts": (entry.verdict, entry.verdicts)}
        for key, (pointer, words) in read.items():
            if schema is None or not isinstance(pointer, str) or not words:
                continue  # a missing answer or field is named by the facade's pointer check
            allowed = allowed_values(spec, schema, pointer)
            unknown = [word for word in words if allowed is not None and word not in allowed]
            if allowed is not None and unknown:
                raise GenerationError(
                    f"operations.{name}.{key} maps {unknown[0]!r}, which the spec does not allow at {pointer} of "
                    f"the {status} answer of {entry.operation_id!r} (its enum: {', '.join(sorted(allowed))}): "
                    "the vendor never sends it; correct the word (or the spec's enum in the overlay)",
                    vendor=vendor.id,
                    file=manifest_file,
                    location=f"vendors[{vendor.id}].operations.{name}.{key}",
                )


_NOT_AN_ID = {"object", "array", "boolean"}


def check_run_ids(spec: Mapping[str, Any], vendor: VendorEntry, manifest_file: Path) -> None:
    """Each ``run_id`` pointer reaches a field that may hold text or a number (one declared with a type)."""
    operations = {op.operation_id: op.operation for op in spec_operations(spec)}
    for name, entry in vendor.operations.items():
        status, schema = success_answer(operations.get(entry.operation_id, {}))
        if schema is None or not isinstance(entry.run_id, str):
            continue  # a missing answer or field is named by the facade's pointer check
        kinds = set()
        for field in _reached(spec, schema, pointer_steps(entry.run_id)):
            for member in _members(spec, field):
                kind = member.get("type")
                kinds |= set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
        if kinds and kinds <= _NOT_AN_ID | {"null"}:
            raise GenerationError(
                f"operations.{name}.run_id is {entry.run_id}, which the {status} answer of {entry.operation_id!r} "
                f"declares as {' or '.join(sorted(kinds))}: a run id is text or a number; point it at the id",
                vendor=vendor.id,
                file=manifest_file,
                location=f"vendors[{vendor.id}].operations.{name}.run_id",
            )
