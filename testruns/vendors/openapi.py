"""Walking an OpenAPI document's operations, with ``$ref`` parameters and request bodies resolved.

Shared by the generator and the sandbox, so both see the same parameters: a
parameter declared once under ``components/parameters`` and referenced by fifty
operations is every one of those operations' parameter, and an operation's own
parameter replaces a path-level one of the same name and place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = [
    "METHODS",
    "SpecOperation",
    "json_schema",
    "pointer_steps",
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


def json_schema(message: Any) -> Any:
    """The schema of a request body's or an answer's JSON content; None where it has none.

    JSON is ``application/json``, else the first media type that is JSON with parameters
    (``application/json;charset=UTF-8``) or a ``+json`` one (``application/problem+json``).
    """
    content = message.get("content") if isinstance(message, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    plain = {str(media): str(media).split(";", 1)[0].strip().lower() for media in content}
    found = [media for media, kind in plain.items() if kind == "application/json"]
    found += [media for media, kind in plain.items() if kind.endswith("+json")]
    json_content = content.get("application/json", content[found[0]] if found else None)
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
    """Every operation of ``spec``, in document order."""
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
            yield SpecOperation(
                template,
                method,
                str(operation.get("operationId", "")),
                operation,
                list(keyed.values()),
                body if isinstance(body, Mapping) else {},
            )
