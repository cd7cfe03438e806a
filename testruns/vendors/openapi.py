"""Walking an OpenAPI document's operations, with ``$ref`` parameters and request bodies resolved.

Shared by the generator and the sandbox, so both see the same parameters: a
parameter declared once under ``components/parameters`` and referenced by fifty
operations is every one of those operations' parameter, and an operation's own
parameter replaces a path-level one of the same name and place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = [
    "METHODS",
    "SpecOperation",
    "is_json",
    "json_schema",
    "pointer_steps",
    "read_only_not_required",
    "ref_steps",
    "resolve",
    "spec_operations",
    "success_answer",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def pointer_steps(pointer: str) -> list[str]:
    """The keys a JSON Pointer (``/a/b~1c``) walks, unescaped: ``["a", "b/c"]``; none for ``""``."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def ref_steps(ref: str) -> list[str]:
    """The keys a local ``$ref`` (``#/components/schemas/Run``) walks from the document's root; none for ``#``.

    A ``$ref`` is a URI, so its fragment is percent-decoded first (RFC 6901, section 6): ``%7Bid%7D`` is ``{id}``.
    """
    return pointer_steps("/" + unquote(ref[2:])) if ref != "#" else []


def resolve(spec: Mapping[str, Any], node: Any, *, limit: int = 64) -> Any:
    """``node`` with its local ``$ref`` chain followed (a dangling or foreign one gives ``{}``)."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and limit > 0:
        ref: str = node["$ref"]
        if not ref.startswith("#"):
            return {}
        target: Any = spec
        for key in ref_steps(ref):
            target = target.get(key, {}) if isinstance(target, Mapping) else {}
        node, limit = target, limit - 1
    return node


def is_json(media_type: str) -> bool:
    """``application/json`` (with parameters or not), ``text/json``, ``application/x-json``,
    ``application/problem+json`` ..."""
    plain = media_type.split(";", 1)[0].strip().lower()
    return plain.endswith("+json") or plain.split("/", 1)[-1] in ("json", "x-json")


def json_schema(message: Any) -> Any:
    """The schema of a request body's or an answer's JSON content (``application/json`` first, then JSON spelt
    another way: Azure's ``application/json; odata=minimalmetadata``); None where it has none."""
    content = message.get("content") if isinstance(message, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    found = [media for media in content if isinstance(media, str) and is_json(media)]
    found.sort(key=lambda media: media != "application/json")
    json_content = content[found[0]] if found else None
    return json_content.get("schema") if isinstance(json_content, Mapping) else None


def success_answer(operation: Mapping[str, Any]) -> tuple[str | None, Any]:
    """An operation's first success status (``"200"``) and its JSON answer's schema; None where it has none."""
    responses = operation.get("responses") or {}
    # A YAML document may key statuses as numbers: sorted as text, looked up as written.
    codes = sorted((code for code in responses if str(code).startswith("2")), key=str)
    if not codes:
        return None, None
    return str(codes[0]), json_schema(responses[codes[0]])


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a document: where it is, its id, and its parameters and body, resolved."""

    template: str
    method: str
    operation_id: str
    operation: Mapping[str, Any]
    parameters: list[dict[str, Any]]
    request_body: Mapping[str, Any]


def spec_operations(spec: Mapping[str, Any]) -> Iterator[SpecOperation]:
    """Every operation of ``spec``, in document order, its answers given by reference resolved."""
    for template, raw_item in (spec.get("paths") or {}).items():
        item = resolve(spec, raw_item)
        if not isinstance(item, Mapping):
            continue
        shared = [resolve(spec, p) for p in item.get("parameters", []) or []]
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [resolve(spec, p) for p in operation.get("parameters", []) or []]
            keyed = {(p.get("name"), p.get("in")): dict(p) for p in [*shared, *own] if isinstance(p, Mapping)}
            body = resolve(spec, operation.get("requestBody") or {})
            answers = operation.get("responses")
            if isinstance(answers, Mapping) and any("$ref" in r for r in answers.values() if isinstance(r, Mapping)):
                # An answer given by reference (Apideck's components/responses): every reader sees it, not {$ref}.
                operation = {**operation, "responses": {code: resolve(spec, r) for code, r in answers.items()}}
            yield SpecOperation(
                template,
                method,
                str(operation.get("operationId", "")),
                operation,
                list(keyed.values()),
                body if isinstance(body, Mapping) else {},
            )


# Keys whose value maps names to schemas (or to what holds them): a property may be called ``required`` or
# ``pattern``.
NAME_MAPS = frozenset({"properties", "patternProperties", "schemas", "definitions", "$defs", "paths", "responses"})
# Keys whose values are data, not schemas: what they hold is a value, whatever its keys are called.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


# allOf parts followed looking for readOnly: past this, a document whose allOf contains itself ends the search.
_DEEPEST_ALL_OF = 16


def _read_only(document: Any, schema: Any, depth: int = 0) -> bool:
    """Whether ``schema`` (followed through references and ``allOf`` parts) says ``readOnly: true``."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > _DEEPEST_ALL_OF:
        return False
    parts = schema.get("allOf")
    return schema.get("readOnly") is True or (
        isinstance(parts, list) and any(_read_only(document, part, depth + 1) for part in parts)
    )


def read_only_not_required(document: Any) -> Any:
    """``document`` with no ``readOnly`` property among any object's ``required`` names; ``document`` itself
    where none is.

    OpenAPI 3.0: a required readOnly property is required in answers only. openapi-python-client reads no
    readOnly, and openapi-schema-validator sees only one written on the property itself, not behind its
    ``$ref`` (Apideck's ``id: {$ref: Id}``): the generated client's schemas and the sandbox's judge of requests
    are given this document, and the answers keep the spec's own ``required``.
    """

    def walk(node: Any, names: bool) -> Any:
        if isinstance(node, list):
            items = [walk(item, names=False) for item in node]
            return node if all(new is old for new, old in zip(items, node, strict=True)) else items
        if not isinstance(node, dict):
            return node
        values = {
            key: value if not names and key in DATA_KEYS else walk(value, names=not names and key in NAME_MAPS)
            for key, value in node.items()
        }
        properties, required = node.get("properties"), node.get("required")
        if not names and isinstance(properties, dict) and isinstance(required, list):
            kept = [name for name in required if not _read_only(document, properties.get(name))]
            if len(kept) < len(required):
                values["required"] = kept
                if not kept:
                    del values["required"]
                return values
        return node if all(values[key] is value for key, value in node.items()) else values

    return walk(document, names=False)


def python_re_error(pattern: str) -> str | None:
    """Why Python's ``re`` (jsonschema's engine) cannot compile ``pattern``, or None where it can."""
    try:
        re.compile(pattern)
    except re.error as error:
        return str(error)
    return None


def without_patterns(
    node: Any, unreadable: Callable[[str], str | None], *, names: bool = False, at: str = ""
) -> tuple[Any, list[tuple[str, str, str]]]:
    """``node`` without each schema's ``pattern`` that ``unreadable`` gives a reason to refuse, and the JSON
    Pointer, the pattern and the reason of each one left out; ``node`` itself where none is.

    ``unreadable`` is the judgment of one regex engine (pydantic's for the request models, Python's ``re`` for
    the sandbox's jsonschema). ``names``: ``node``'s keys are names (of schemas), not keywords. Nothing is
    changed in place; data (examples, defaults, enums) is never read as schemas.
    """
    if isinstance(node, list):
        found = [without_patterns(item, unreadable, at=f"{at}/{index}") for index, item in enumerate(node)]
        dropped = [each for _, inner in found for each in inner]
        return ([item for item, _ in found] if dropped else node), dropped
    if not isinstance(node, dict):
        return node, []
    kept: dict[str, Any] = {}
    dropped = []
    for key, value in node.items():
        if not names and key == "pattern" and isinstance(value, str) and (reason := unreadable(value)) is not None:
            dropped.append((f"{at}/pattern", value, reason))
            continue
        if not names and key in DATA_KEYS:
            kept[key] = value
            continue
        escaped = str(key).replace("~", "~0").replace("/", "~1")
        kept[key], inner = without_patterns(
            value, unreadable, names=not names and key in NAME_MAPS, at=f"{at}/{escaped}"
        )
        dropped += inner
    return (kept if dropped else node), dropped
