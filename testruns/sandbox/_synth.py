"""How the sandbox plays a vendor, learnt from its spec and its manifest entry: no Python per vendor.

- The format of a run id is the type of the answer's field at the manifest's
  run-id pointer: an integer counts up, a UUID is random, other text is ``run-<n>``.
- A created run's answer is built from the success answer's schema: what the
  caller sent is echoed where the answer has a field of that name (next to the
  run id), path parameters likewise, the run id and status go where the manifest's
  pointers say, and every other required field gets a value its schema accepts.
- A status answer is built the same way, with the vendor's own word for the
  run's state where the manifest's ``status`` pointer says: the word the
  manifest's ``states`` maps to it (a finished word plus the verdict, where the
  vendor gives its verdict apart). A run ends as the outcome it was set to,
  or the nearest one the vendor can show (LoadForge shows no verdict, so a
  passed run is finished there).
- An error's body is built from the schema the spec documents for that status
  (else for its 400): the message goes in a text field called ``message`` (or
  ``error``, ``detail``), the status in an integer one, the fields at fault in a
  map of field to list of problems where the schema has one.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from .._double import OUTCOMES, Double, ErrorDetails, Outcome, RunIds, RunState
from ..vendors.manifest import FromParameter, OperationEntry, VendorEntry
from ..vendors.openapi import json_schema, pointer_steps, resolve, success_answer

__all__ = ["double_from_spec"]

# The sandbox's lifecycle words, and the words a vendor's enum may use for them instead.
_SYNONYMS = {
    "queued": ("queued", "pending", "waiting", "created", "scheduled", "new"),
    "running": ("running", "in_progress", "in-progress", "started", "active"),
    "finished": ("finished", "completed", "complete", "done", "passed", "succeeded"),
    "cancelled": ("cancelled", "canceled", "aborted", "stopped", "cancelling"),
}
_MESSAGE_FIELDS = ("message", "detail", "description", "error_description", "error", "title")
_STATUS_FIELDS = ("status", "statusCode", "status_code", "code", "error")


class Schemas:
    """Schemas of one document, with ``$ref`` and ``allOf`` resolved as they are read."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def resolve(self, schema: Any) -> dict[str, Any]:
        """``schema`` with its ``$ref`` followed and its ``allOf`` members merged in."""
        schema = resolve(self._document, schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
            resolved = self.resolve(member)
            properties.update(resolved.get("properties", {}))
            required += [name for name in resolved.get("required", []) if name not in required]
            merged.setdefault("type", resolved.get("type"))
        merged["properties"], merged["required"] = properties, required
        return merged

    def branch(self, schema: Any) -> dict[str, Any]:
        """The first branch of a ``oneOf`` / ``anyOf`` (the sandbox's choice), else the schema itself."""
        resolved = self.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if resolved.get(key):
                return self.branch(resolved[key][0])
        return resolved

    def at(self, schema: Any, pointer: str) -> dict[str, Any]:
        """The schema of the value at JSON Pointer ``pointer`` in a value of ``schema``."""
        node = self.branch(schema)
        for part in pointer_steps(pointer):
            node = self.branch(node.get("properties", {}).get(part, {}))
        return node

    def kind(self, schema: Any) -> str | None:
        """The schema's JSON type (the first one, where several are allowed)."""
        kind = self.branch(schema).get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        return kind if isinstance(kind, str) else None

    def sample(self, schema: Any, status: int) -> Any:
        """A value the schema accepts: its example, default or first enum value, else one made for its type."""
        node = self.branch(schema)
        for key in ("example", "default"):
            if key in node:
                return node[key]
        if node.get("enum"):
            return node["enum"][0]
        kind = self.kind(node)
        if kind == "object" or "properties" in node:
            properties = node.get("properties", {})
            return {name: self.sample(properties.get(name, {}), status) for name in node.get("required", [])}
        if kind == "array":
            return []
        if kind == "integer":
            return int(node.get("minimum", 0))
        if kind == "number":
            return float(node.get("minimum", 0))
        if kind == "boolean":
            return False
        return _text(node.get("format"))


def _text(fmt: object) -> str:
    now = datetime.datetime.now(datetime.UTC)
    return {
        "uuid": str(uuid.uuid4()),
        "date-time": now.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "date": now.date().isoformat(),
        "uri": "http://sandbox.invalid/",
        "email": "sandbox@example.com",
    }.get(str(fmt), "sandbox")


def _fits(schemas: Schemas, schema: Any, value: Any) -> bool:
    """Whether ``value`` is of the schema's JSON type (the sandbox's simple check before echoing it)."""
    kind = schemas.kind(schema)
    enum = schemas.branch(schema).get("enum")
    if enum is not None and value not in enum:
        return False
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    return kind is None or checks.get(kind, lambda v: True)(value)


def put(document: dict[str, Any], pointer: str, value: Any) -> None:
    """Set the value at JSON Pointer ``pointer``, making the objects on the way."""
    parts = pointer_steps(pointer)
    node = document
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def _parent(document: dict[str, Any], pointer: str) -> dict[str, Any]:
    node: Any = document
    for part in pointer_steps(pointer)[:-1]:
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}


def _success_schema(operation: Mapping[str, Any]) -> tuple[int, Any]:
    status, schema = success_answer(operation)
    return (200 if status is None else int(status)), schema


def _error_body(schemas: Schemas, schema: Any, status: int, message: str, details: ErrorDetails) -> Any:
    node = schemas.branch(schema)
    kind = schemas.kind(node)
    if not node or (kind is None and "properties" not in node):
        # An error slot the spec leaves untyped (Wallarm's body): the message and the fields at fault.
        return {"message": message, **({"errors": dict(details)} if details else {})}
    if kind != "object" and "properties" not in node:
        return message if kind == "string" else schemas.sample(node, status)
    properties: dict[str, Any] = node.get("properties", {})
    body: dict[str, Any] = {}
    placed = False
    for name in [*_MESSAGE_FIELDS, *properties]:
        if name not in properties or name in body:
            continue
        field = schemas.branch(properties[name])
        field_kind = schemas.kind(field)
        additional = field.get("additionalProperties")
        if field_kind == "string" and name in _MESSAGE_FIELDS and not placed and not field.get("enum"):
            body[name], placed = message, True
        elif field_kind == "integer" and name in _STATUS_FIELDS:
            body[name] = status
        elif field_kind == "string" and name in _STATUS_FIELDS and not field.get("enum"):
            body[name] = HTTPStatus(status).phrase.lower().replace(" ", "_")
        elif field_kind == "object" and isinstance(additional, dict) and schemas.kind(additional) == "array":
            if details:
                body[name] = dict(details)
        elif field_kind in ("object", None) and (name in node.get("required", []) or not placed):
            body[name] = _error_body(schemas, field, status, message, details)
            placed = placed or name not in node.get("required", [])
        elif name in node.get("required", []):
            body[name] = schemas.sample(field, status)
    return body


def double_from_spec(vendor: VendorEntry, document: Mapping[str, Any]) -> Double:
    """What the sandbox needs to play ``vendor``, from its effective spec and its manifest entry."""
    schemas = Schemas(document)
    by_id = {
        operation.get("operationId"): operation
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    trigger = vendor.operations["trigger"]
    status_code, answer = _success_schema(by_id[trigger.operation_id])
    run_pointer = trigger.run_id if isinstance(trigger.run_id, str) else None
    id_schema = schemas.at(answer, run_pointer) if run_pointer else {}
    id_kind = schemas.kind(id_schema)
    run_ids: RunIds = "integer" if id_kind == "integer" else "uuid" if id_schema.get("format") == "uuid" else "text"
    status_pointer = trigger.status if isinstance(trigger.status, str) else None

    def created(run: RunState) -> Any:
        body = schemas.sample(answer, status_code) if answer is not None else None
        if not isinstance(body, dict):
            return body
        _fill_envelope(schemas, answer, body, status_code)
        if status_pointer:
            put(body, status_pointer, _word(schemas.at(answer, status_pointer).get("enum"), run.status))
        if run_pointer:
            _echo(schemas, answer, body, run_pointer, run)
            put(body, run_pointer, run.id)
        return body

    def error(status: int, message: str, details: ErrorDetails) -> Any:
        responses = by_id[trigger.operation_id].get("responses", {})
        documented = responses.get(str(status)) or responses.get("400") or {}
        schema = json_schema(documented)
        return _error_body(schemas, schema, status, message, details)

    cancel_parameter, cancelled = _cancel(schemas, vendor, by_id)
    status = vendor.operations.get("status")
    words = _Words(status) if status is not None else None
    return Double(
        run_ids=run_ids,
        created=created,
        error=error,
        cancel_run_parameter=cancel_parameter,
        cancelled=cancelled,
        status_run_parameter=status.renames.get("run_id", "run_id") if status is not None else None,
        status=_status_answer(schemas, status, words, by_id) if status is not None and words else None,
        outcomes=words.outcomes() if words is not None else {o: o for o in OUTCOMES},
    )


# Where a vendor cannot show an outcome, the nearest one it can.
_NEAREST: dict[Outcome, tuple[Outcome, ...]] = {
    "passed": ("finished",),
    "finished": ("passed",),
    "failed": ("error",),
    "error": ("failed",),
    "cancelled": ("error",),
    "inconclusive": (),
}
# The verdict an inconclusive run shows: a word of the kind vendors add, which no manifest here maps.
_UNMAPPED_VERDICT = "PARTIAL_FAILURE"


class _Words:
    """The vendor's words for each state, read backwards from the manifest's ``states`` and ``verdicts``."""

    def __init__(self, entry: OperationEntry) -> None:
        self._entry = entry
        self._word: dict[str, str] = {}
        for word, state in entry.states.items():
            self._word.setdefault(state, word)
        self._verdict: dict[str, str] = {}
        for verdict, state in entry.verdicts.items():
            self._verdict.setdefault(state, verdict)

    def shows(self, state: str) -> bool:
        """Whether the vendor has a way to say ``state``."""
        if state == "finished" and self._entry.verdict:
            return False  # a finished run with no verdict cannot be told from one whose verdict is missing
        if state == "inconclusive":
            return bool(self._entry.verdict) and "finished" in self._word and self._unmapped() is not None
        return state in self._word or (state in self._verdict and "finished" in self._word)

    def _unmapped(self) -> str | None:
        """A verdict the manifest does not map (whatever its case), if the one the sandbox uses is not mapped."""
        mapped = {verdict.casefold() for verdict in self._entry.verdicts}
        return None if _UNMAPPED_VERDICT.casefold() in mapped else _UNMAPPED_VERDICT

    def outcomes(self) -> dict[str, Outcome]:
        """Each outcome the vendor can show, itself or the nearest one → the state its runs end in."""
        shown: dict[str, Outcome] = {}
        for outcome in OUTCOMES:
            near = [o for o in (outcome, *_NEAREST[outcome]) if self.shows(o)]
            if near:
                shown[outcome] = near[0]
        return shown

    def of(self, state: str) -> tuple[str, str | None]:
        """The vendor's word for ``state``, and the verdict to show with it (None: leave it unset)."""
        if state in self._word:
            return self._word[state], None
        if state in self._verdict and "finished" in self._word:
            return self._word["finished"], self._verdict[state]
        unmapped = self._unmapped()
        if state == "inconclusive" and "finished" in self._word and unmapped is not None:
            return self._word["finished"], unmapped
        if state == "queued" and "running" in self._word:
            return self._word["running"], None  # a vendor with no queued word shows a new run as running
        return next(iter(self._entry.states)), None


def _status_answer(
    schemas: Schemas, entry: OperationEntry, words: _Words, by_id: Mapping[Any, Any]
) -> Callable[[RunState], Any]:
    status_code, answer = _success_schema(by_id[entry.operation_id])
    pointer = entry.status if isinstance(entry.status, str) else ""

    def status(run: RunState) -> Any:
        body = schemas.sample(answer, status_code)
        if not isinstance(body, dict):
            return body
        _fill_envelope(schemas, answer, body, status_code)
        if isinstance(entry.run_id, str):
            # Echoed first: what the caller sent (Testsigma's status ACTIVE) is not the run's state now.
            _echo(schemas, answer, body, entry.run_id, run)
        word, verdict = words.of(run.status)
        _put_sampled(schemas, answer, body, pointer, _typed(schemas.at(answer, pointer), word))
        if verdict is not None and entry.verdict:
            _put_sampled(schemas, answer, body, entry.verdict, _typed(schemas.at(answer, entry.verdict), verdict))
        if run.status in ("failed", "error") and entry.message:
            _put_sampled(schemas, answer, body, entry.message[0], f"the sandbox ended this run as {run.status}")
        return body

    return status


def _typed(schema: Mapping[str, Any], word: str) -> Any:
    """The manifest's word as the spec types it (LoadForge's run_status is an integer)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds and word.lstrip("-").isdigit():
        return int(word)
    return word


def _put_sampled(schemas: Schemas, schema: Any, document: dict[str, Any], pointer: str, value: Any) -> None:
    """Set the value at ``pointer``; an object missing on the way is made as its schema wants it (required fields)."""
    parts = pointer_steps(pointer)
    node = document
    for depth, part in enumerate(parts[:-1], start=1):
        child = node.get(part)
        if not isinstance(child, dict):
            prefix = "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts[:depth])
            made = schemas.sample(schemas.at(schema, prefix), 200)
            child = node[part] = made if isinstance(made, dict) else {}
        node = child
    node[parts[-1]] = value


def _cancel(
    schemas: Schemas, vendor: VendorEntry, by_id: Mapping[Any, Any]
) -> tuple[str | None, Callable[[RunState], Any] | None]:
    """The cancel path's parameter naming the run, and the cancel's answer (None: an empty body)."""
    cancel = vendor.operations.get("cancel")
    if cancel is None:
        return None, None
    name = cancel.run_id.parameter if isinstance(cancel.run_id, FromParameter) else "run_id"
    status_code, answer = _success_schema(by_id[cancel.operation_id])
    if answer is None:
        return cancel.renames.get(name, name), None

    def cancelled(run: RunState) -> Any:
        body = schemas.sample(answer, status_code)
        if isinstance(body, dict) and isinstance(cancel.status, str):
            put(body, cancel.status, _word(schemas.at(answer, cancel.status).get("enum"), run.status))
        if isinstance(body, dict) and isinstance(cancel.run_id, str):
            put(body, cancel.run_id, run.id)
        return body

    return cancel.renames.get(name, name), cancelled


def _word(allowed: list[Any] | None, lifecycle: str) -> Any:
    """The vendor's word for a lifecycle state: the state itself, a synonym its enum lists, else its first value."""
    if not allowed:
        return lifecycle
    lowered = {str(value).lower(): value for value in allowed}
    return next((lowered[word] for word in _SYNONYMS.get(lifecycle, (lifecycle,)) if word in lowered), allowed[0])


def _fill_envelope(schemas: Schemas, schema: Any, body: dict[str, Any], status: int) -> None:
    """An integer ``status`` (or ``code``) field of a success answer repeats its HTTP status (Wallarm's envelope)."""
    for name, field in schemas.branch(schema).get("properties", {}).items():
        if name in body and schemas.kind(field) == "integer" and name in _STATUS_FIELDS:
            body[name] = status


def _echo(schemas: Schemas, answer: Any, body: dict[str, Any], run_pointer: str, run: RunState) -> None:
    """Where the run's own object has a field the caller sent (in the body or the path), it says it back.

    Never the run's id: a path parameter of the same name (the test a trigger runs) is not the run.
    """
    put(body, run_pointer, run.id)  # makes sure the run's object exists
    target = _parent(body, run_pointer)
    fields = schemas.at(answer, run_pointer.rsplit("/", 1)[0] or "").get("properties", {})
    run_field = pointer_steps(run_pointer)[-1]
    given = {**dict(run.received.path), **(run.received.body if isinstance(run.received.body, dict) else {})}
    for name, value in given.items():
        if name != run_field and name in fields and _fits(schemas, fields[name], value):
            target[name] = str(value) if isinstance(value, uuid.UUID) else value
