"""How the sandbox plays a vendor, learnt from its spec and its manifest entry: no Python per vendor.

- The format of a run id is the type of the answer's field at the manifest's
  run-id pointer: an integer counts up, a UUID is random, other text is ``run-<n>``
  (or ``<n>``) where the field's pattern and length allow it, else drawn from its pattern.
- A created run's answer is built from the success answer's schema: what the
  caller sent is echoed where the answer has a field of that name (next to the
  run id), path parameters likewise, the run id and status go where the manifest's
  pointers say (the status in the vendor's own word), and every other required
  field gets a value from its schema: its example, default or first enum value,
  else one its type, format and bounds allow (null where it is nullable), never
  a word of the sandbox's own. Text whose pattern the format's text breaks is
  drawn from the pattern by rstr, within the length bounds; a pattern Python
  cannot read or rstr cannot match within them is logged once, and the text is kept.
- A status answer is built the same way, with the vendor's own word for the
  run's state where the manifest's ``status`` pointer says: the word the
  manifest's ``states`` maps to it (a finished word plus the verdict, where the
  vendor gives its verdict apart). A run ends as the outcome it was set to,
  or the nearest one the vendor can show (LoadForge shows no verdict, so a
  passed run is finished there).
- An error's body is built from the schema the operation documents for that
  status (else its 400 or another 4xx, else the trigger's): the message goes in
  a free text field called ``message`` (or ``error``, ``detail`` ...), at
  whatever depth, the status in an integer one (or its name in a text one), the
  fields at fault in a map of field to list of problems where the schema has
  one, and every other required part is sampled from its schema.
- An operation the manifest does not map is answered statelessly with its
  success status and a body sampled from the schema (or example) it documents.
"""

from __future__ import annotations

import datetime
import functools
import logging
import math
import re
import uuid
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeGuard

import rstr
from openapi_schema_validator import OAS30ReadValidator, OAS31Validator, oas30_format_checker, oas31_format_checker
from referencing.exceptions import Unresolvable

from ..vendors.manifest import FromParameter, OperationEntry, VendorEntry
from ..vendors.openapi import is_json, pointer_steps, resolve, spec_operations, success_answer
from ._double import OUTCOMES, Double, ErrorDetails, Outcome, Reply, RunIds, RunState, counted

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
# Deeper than this, a schema that contains itself (an error's list of errors) is left empty.
_DEEPEST = 16
# Draws of a pattern before the sandbox gives up on it: rstr repeats a `*` or `+` 0 to 100 times at random, so
# a maxLength of 3 takes about 33 draws (all 1000 take some 20 ms).
_DRAWS = 1000
_log = logging.getLogger("testruns.sandbox")


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


# Text for a string format, where its schema gives no example: documentation hosts and addresses (RFC 2606,
# RFC 5737, RFC 3849), so nothing made up looks like a real vendor's.
_FORMATS: dict[str, Callable[[], str]] = {
    "uuid": lambda: str(uuid.uuid4()),
    "date-time": lambda: _now().isoformat(timespec="seconds").replace("+00:00", "Z"),
    "date": lambda: _now().date().isoformat(),
    "time": lambda: _now().time().isoformat(timespec="seconds") + "Z",
    "uri": lambda: "https://example.com/",
    "url": lambda: "https://example.com/",
    "uri-reference": lambda: "https://example.com/",
    "iri": lambda: "https://example.com/",
    "email": lambda: "user@example.com",
    "idn-email": lambda: "user@example.com",
    "hostname": lambda: "example.com",
    "idn-hostname": lambda: "example.com",
    "ipv4": lambda: "192.0.2.1",
    "ipv6": lambda: "2001:db8::1",
}


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
            # A member's type, format, enum, bounds ... hold too (AWS: allOf [{$ref: String}, {xml: ...}]).
            for key, value in resolved.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties or merged.get("type") == "object":
            merged["properties"], merged["required"] = properties, required
        return merged

    def accepts(self, schema: Any, value: Any) -> bool:
        """Whether ``value`` is valid against ``schema`` as an answer, to the depth and formats of it, by
        openapi-schema-validator (DynamoDB's example table has a ``date-time`` of ``"1421866952.062"``); a pattern
        Python cannot compile or a reference outside the components leaves it to the simple check."""
        # The components beside the schema: its "#/components/..." references resolve as in the document.
        root = {"allOf": [schema], "components": self._document.get("components", {})}
        if str(self._document.get("openapi", "3.0")).startswith("3.0"):
            validator: Any = OAS30ReadValidator(root, format_checker=oas30_format_checker)
        else:
            validator = OAS31Validator(root, format_checker=oas31_format_checker)
        try:
            return next(validator.iter_errors(value), None) is None
        except (re.error, Unresolvable):
            return True

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

    def sample(self, schema: Any, depth: int = 0) -> Any:
        """A value the schema accepts, taken from it: its const, example, default or first enum value, else
        one made for its type, format and bounds (a nullable scalar with none of these: null)."""
        node = self.branch(schema)
        # A spec's example may break its own schema (an integer field's example "XXXXXX1234"): then it is not used.
        given = [node[key] for key in ("const", "example", "default") if key in node]
        given += node["examples"][:1] if isinstance(node.get("examples"), list) else []
        for value in given:
            if _fits(self, node, value) and self.accepts(node, value):
                return value
        if node.get("enum"):
            return node["enum"][0]
        kind = self.kind(node)
        if kind == "object" or "properties" in node:
            properties = node.get("properties", {})
            required = node.get("required", []) if depth < _DEEPEST else []
            return {name: self.sample(properties.get(name, {}), depth + 1) for name in required}
        if kind == "array":
            count = node.get("minItems", 0) if depth < _DEEPEST else 0
            items = node.get("items", {})
            return [self.sample(items, depth + 1) for _ in range(count if isinstance(count, int) else 0)]
        if kind is None:
            return {}  # a schema that says nothing of its type accepts anything
        if _nullable(node):
            return None
        if kind in ("integer", "number"):
            return _number(node, integer=kind == "integer")
        if kind == "boolean":
            return False
        return _text(node)


def _nullable(node: Mapping[str, Any]) -> bool:
    kind = node.get("type")
    return node.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bound(node: Mapping[str, Any], inclusive: str, exclusive: str, step: int) -> float | None:
    """The lowest (``step`` 1) or highest (``step`` -1) whole value a bound allows, in OpenAPI 3.0 or 3.1 terms."""
    value, other = node.get(inclusive), node.get(exclusive)
    if _is_number(other):
        return float(other) + step  # 3.1: the bound itself, excluded
    if not _is_number(value):
        return None
    return float(value) + (step if other is True else 0)  # 3.0: a flag on the inclusive bound


def _number(node: Mapping[str, Any], *, integer: bool) -> int | float:
    """0, or the bound nearest it, rounded up to the schema's multipleOf."""
    low, high = _bound(node, "minimum", "exclusiveMinimum", 1), _bound(node, "maximum", "exclusiveMaximum", -1)
    value = low if low is not None and low > 0 else high if high is not None and high < 0 else 0.0
    step = node.get("multipleOf")
    if _is_number(step) and step > 0:
        value = math.ceil(value / step) * step
    return math.ceil(value) if integer else float(value)


def _text(node: Mapping[str, Any]) -> str:
    """Text of the schema's format, else empty, lengthened to its minLength; drawn from its pattern where
    that text breaks it."""
    made = _FORMATS.get(str(node.get("format")))
    text = made() if made else ""
    shortest = node.get("minLength")
    text = text + "a" * (shortest - len(text)) if isinstance(shortest, int) and len(text) < shortest else text
    return text if _within(node, text) else _drawn(node, text)


def _within(node: Mapping[str, Any], text: str) -> bool:
    """Whether ``text`` matches the schema's pattern (if Python can read it) and fits its length bounds."""
    shortest, longest = node.get("minLength"), node.get("maxLength")
    if (isinstance(shortest, int) and len(text) < shortest) or (isinstance(longest, int) and len(text) > longest):
        return False
    pattern = node.get("pattern")
    return not isinstance(pattern, str) or _matches(pattern, text)


def _drawn(node: Mapping[str, Any], fallback: str) -> str:
    """Text rstr draws from the schema's pattern, within its length bounds; ``fallback`` where none is found."""
    pattern = node.get("pattern")
    if not isinstance(pattern, str):
        _note(
            f"a text of {node.get('format') or 'no'} format", "its bounds refuse it and it has no pattern to draw from"
        )
        return fallback
    try:
        compiled = re.compile(pattern)
    except re.error:
        _note(f"pattern {pattern!r}", "Python's re cannot read it (another regex dialect)")
        return fallback
    for _ in range(_DRAWS):
        try:
            text = rstr.xeger(compiled)
        except (KeyError, IndexError, ValueError):  # a construct rstr does not draw (a conditional group ...)
            break
        if _within(node, text):
            return text
    _note(f"pattern {pattern!r}", f"rstr drew no match within its length bounds in {_DRAWS} tries")
    return fallback


@functools.lru_cache(maxsize=256)
def _note(what: str, why: str) -> None:
    """Say once per pattern (or kind of text) that the sandbox's text for it breaks it (the facade will refuse
    that answer)."""
    _log.warning("the sandbox's text for %s may break it: %s", what, why)


def _fits(schemas: Schemas, schema: Any, value: Any) -> bool:
    """Whether ``value`` is of the schema's JSON type, in its enum and pattern (the sandbox's simple check before
    echoing or using it); null where the schema is nullable."""
    node = schemas.branch(schema)
    kind = schemas.kind(node)
    enum = node.get("enum")
    if enum is not None and value not in enum:
        return False
    if value is None:
        return _nullable(node) or kind is None
    pattern = node.get("pattern")
    if isinstance(value, str) and isinstance(pattern, str) and not _matches(pattern, value):
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


def _matches(pattern: str, text: str) -> bool:
    """``pattern`` found in ``text``, as JSON Schema means it; a pattern Python cannot compile is not checked."""
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True


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


def _media(schemas: Schemas, response: Any) -> tuple[str, Mapping[str, Any]] | None:
    """A documented answer's media type (a JSON one first) and its media object; None where it has no body."""
    content = schemas.resolve(response).get("content")
    if not isinstance(content, Mapping) or not content:
        return None
    media = next((m for m in content if _is_json(m)), next(iter(content)))
    found = content[media]
    concrete = "application/json" if media in ("*/*", "application/*") else media.replace("*", "plain")
    return concrete, found if isinstance(found, Mapping) else {}


def _is_json(media: str) -> bool:
    """JSON as the generator reads it (``vendors.is_json``), or a wildcard the sandbox answers in JSON."""
    return is_json(media) or media in ("*/*", "application/*")


def _documented(responses: Mapping[str, Any], status: int) -> Any:
    """The response an operation documents for ``status``: itself, its range (4XX) or the default."""
    keyed = {str(code).upper(): response for code, response in responses.items()}
    return next((keyed[key] for key in (str(status), f"{status // 100}XX", "DEFAULT") if key in keyed), None)


def _example(schemas: Schemas, media: Mapping[str, Any]) -> Any:
    """The media object's own example (``example``, or the first of ``examples``), else one from its schema."""
    schema = media.get("schema", {})
    given = [media["example"]] if "example" in media else []
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        given += [found["value"] for found in map(schemas.resolve, examples.values()) if "value" in found][:1]
    # An example that breaks its own schema is the vendor's slip, not an answer a client must read.
    for value in given:
        if schemas.accepts(schema, value):
            return value
    return schemas.sample(schema)


def _free_text(field: Mapping[str, Any]) -> bool:
    """A text field any message fits (no enum, const, format or pattern)."""
    return not any(key in field for key in ("enum", "const", "format", "pattern"))


def _status_word(field: Mapping[str, Any], status: int) -> Any:
    """The status's name in a text field: ``bad_request``, or the field's enum value that says it."""
    name = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else str(status)
    enum = field.get("enum")
    if not enum:
        return name.lower().replace(" ", "_").replace("-", "_")
    squeezed = {re.sub(r"[^a-z0-9]", "", str(value).lower()): value for value in enum if value is not None}
    return squeezed.get(re.sub(r"[^a-z0-9]", "", name.lower()), squeezed.get(str(status), enum[0]))


def _error_body(
    schemas: Schemas, schema: Any, status: int, message: str, details: ErrorDetails, depth: int = 0
) -> tuple[Any, bool]:
    """The error body the schema describes, and whether the message found a place in it."""
    node = schemas.branch(schema)
    kind = schemas.kind(node)
    if not node or (kind is None and "properties" not in node):
        # An error slot the spec leaves untyped (Wallarm's body): the message and the fields at fault.
        return {"message": message, **({"errors": dict(details)} if details else {})}, True
    if kind == "string" and _free_text(node):
        return _cut(node, message), True
    if kind != "object" and "properties" not in node:
        return schemas.sample(node), False
    properties: dict[str, Any] = node.get("properties", {})
    required = node.get("required", [])
    body: dict[str, Any] = {}
    placed = False
    for name in [*_MESSAGE_FIELDS, *properties]:
        if name not in properties or name in body:
            continue
        field = schemas.branch(properties[name])
        field_kind = schemas.kind(field)
        additional = field.get("additionalProperties")
        if field_kind == "string" and name in _MESSAGE_FIELDS and not placed and _free_text(field):
            body[name], placed = _cut(field, message), True
        elif field_kind == "integer" and name in _STATUS_FIELDS:
            body[name] = status if _fits(schemas, field, status) else schemas.sample(field)
        elif field_kind == "string" and name in _STATUS_FIELDS and "format" not in field and "pattern" not in field:
            body[name] = _status_word(field, status)
        elif field_kind == "object" and isinstance(additional, dict) and schemas.kind(additional) == "array":
            if details or name in required:
                body[name] = dict(details)
        elif field_kind in ("object", None) and (name in required or not placed) and depth < _DEEPEST:
            nested, placed_there = _error_body(schemas, field, status, message, details, depth + 1)
            if name in required or placed_there:
                body[name], placed = nested, placed or placed_there
        elif name in required:
            body[name] = schemas.sample(field, depth + 1)
    if not properties and node.get("additionalProperties") is not False:
        return {"message": message}, True  # an object of any fields (AWS's errors): the message has room
    return body, placed


def _cut(field: Mapping[str, Any], message: str) -> str:
    longest = field.get("maxLength")
    return message[:longest] if isinstance(longest, int) else message


def double_from_spec(vendor: VendorEntry, document: Mapping[str, Any]) -> Double:
    """What the sandbox needs to play ``vendor``, from its effective spec and its manifest entry."""
    schemas = Schemas(document)
    by_id: dict[str | None, Any] = {op.operation_id: op.operation for op in spec_operations(document)}
    trigger = vendor.operations["trigger"]
    status_code, answer = _success_schema(by_id[trigger.operation_id])
    run_pointer = trigger.run_id if isinstance(trigger.run_id, str) else None
    id_schema = schemas.at(answer, run_pointer) if run_pointer else {}
    id_kind = schemas.kind(id_schema)
    run_ids: RunIds = "integer" if id_kind == "integer" else "uuid" if id_schema.get("format") == "uuid" else "text"
    status_pointer = trigger.status if isinstance(trigger.status, str) else None
    status = vendor.operations.get("status")
    words = _Words(status) if status is not None else None

    def created(run: RunState) -> Any:
        body = schemas.sample(answer) if answer is not None else None
        if not isinstance(body, dict):
            return body
        _fill_envelope(schemas, answer, body, status_code)
        if status_pointer:
            _put_sampled(
                schemas,
                answer,
                body,
                status_pointer,
                _state_word(schemas.at(answer, status_pointer), run.status, words),
            )
        if run_pointer:
            _echo(schemas, answer, body, run_pointer, run)
            _put_sampled(schemas, answer, body, run_pointer, run.id)
        return body

    def error(operation_id: str | None, status: int, message: str, details: ErrorDetails) -> Reply:
        for operation in (by_id.get(operation_id), by_id[trigger.operation_id]):
            responses = (operation or {}).get("responses") or {}
            errors = sorted(code for code in map(str, responses) if code.startswith("4"))
            for response in (_documented(responses, status), *(responses.get(code) for code in ("400", *errors))):
                found = _media(schemas, response) if response is not None else None
                if found is None:
                    continue
                media, content = found
                if not _is_json(media):
                    return Reply(media, message)
                return Reply(media, _error_body(schemas, content.get("schema"), status, message, details)[0])
        return Reply("application/json", _error_body(schemas, None, status, message, details)[0])

    def stateless(operation_id: str, status: int) -> Reply:
        response = _documented(by_id[operation_id].get("responses") or {}, status)
        found = _media(schemas, response) if response is not None else None
        if found is None:
            return Reply(None)
        media, content = found
        value = _example(schemas, content)
        if not _is_json(media) and not isinstance(value, str):
            value = ""  # bytes or a structure the sandbox cannot write in this media type
        return Reply(media, value)

    cancel_parameter, cancelled = _cancel(schemas, vendor, by_id)
    return Double(
        run_ids=run_ids,
        created=created,
        error=error,
        stateless=stateless,
        text_id=_text_id(schemas, id_schema),
        cancel_run_parameter=cancel_parameter,
        cancelled=cancelled,
        status_run_parameter=status.renames.get("run_id", "run_id") if status is not None else None,
        status=_status_answer(schemas, status, words, by_id) if status is not None and words else None,
        outcomes=words.outcomes() if words is not None else {o: o for o in OUTCOMES},
    )


def _text_id(schemas: Schemas, schema: Mapping[str, Any]) -> Callable[[int], str]:
    """The text id of a vendor's ``n``-th run: ``run-<n>`` (or ``<n>``), padded with zeros to the id's minLength
    (IoT 1-Click's claim code is 12 to 40 long), where the id's schema accepts it, else one drawn from its
    pattern (random: the run store draws again while a live run has it)."""
    shortest = schema.get("minLength")
    width = shortest if isinstance(shortest, int) else 0

    def text_id(number: int) -> str:
        prefix = counted(number).removesuffix(str(number))  # "run-"
        padded = (prefix + str(number).zfill(width - len(prefix)), str(number).zfill(width))
        for candidate in (counted(number), str(number), *padded):
            if _within(schema, candidate) and schemas.accepts(schema, candidate):
                return candidate
        return _drawn(schema, counted(number))

    return text_id


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
        body = schemas.sample(answer)
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
            made = schemas.sample(schemas.at(schema, prefix))
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
    _, answer = _success_schema(by_id[cancel.operation_id])
    if answer is None:
        return cancel.renames.get(name, name), None

    def cancelled(run: RunState) -> Any:
        body = schemas.sample(answer)
        if isinstance(body, dict) and isinstance(cancel.status, str):
            _put_sampled(
                schemas, answer, body, cancel.status, _word(schemas.at(answer, cancel.status).get("enum"), run.status)
            )
        if isinstance(body, dict) and isinstance(cancel.run_id, str):
            _put_sampled(schemas, answer, body, cancel.run_id, run.id)
        return body

    return cancel.renames.get(name, name), cancelled


def _state_word(field: Mapping[str, Any], state: str, words: _Words | None) -> Any:
    """A new run's state in the trigger's answer: the status operation's word for it, where the field allows it."""
    if words is not None:
        word = _typed(field, words.of(state)[0])
        if not field.get("enum") or word in field["enum"]:
            return word
    return _word(field.get("enum"), state)


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
    # Makes sure the run's object exists, with the fields its schema requires (MediaConvert's Job: Role, Settings).
    _put_sampled(schemas, answer, body, run_pointer, run.id)
    target = _parent(body, run_pointer)
    fields = schemas.at(answer, run_pointer.rsplit("/", 1)[0] or "").get("properties", {})
    run_field = pointer_steps(run_pointer)[-1]
    given = {**dict(run.received.path), **(run.received.body if isinstance(run.received.body, dict) else {})}
    for name, value in given.items():
        if name != run_field and name in fields and _fits(schemas, fields[name], value):
            target[name] = str(value) if isinstance(value, uuid.UUID) else value
