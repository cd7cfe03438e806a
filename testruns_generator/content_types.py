"""Which media types openapi-python-client is given, so that it makes code for every operation it can.

A real spec offers bodies and answers as ``text/plain``, ``text/json``, ``application/xml``, ``*/*`` ...

- JSON spelt another way (``text/json``, ``application/x-json``) is given as ``application/json``, so the
  client parses it as JSON (openapi-python-client would read ``text/json`` as text and hand the text to a
  model's ``from_dict``).
- An answer that offers JSON keeps only its JSON; one without JSON keeps what the client can read (text,
  bytes), and one with none of that is kept untyped, as bytes (``application/octet-stream``). Text that is not
  JSON is read as text (``str``), and bytes as bytes, whatever schema they give (an object, in ``text/xml``).
- A request body keeps what the client can send (bytes as bytes, whatever their schema says; a form only where
  its schema is an object of fields), and on a mapped operation that offers JSON, only its JSON: the facade
  sends JSON. On an operation the manifest does not map, a body with nothing left is left out. On a mapped
  operation that is an error naming the operation: the facade could not send it, and the overlay is the fix.

A body or answer given as a ``$ref`` is judged as its target, and copied into the operation when changed.
Each change is a note naming the operation.
"""

from __future__ import annotations

import copy
from typing import Any

from testruns.vendors import METHODS, VendorEntry, is_json, read_only_not_required, resolve

from .errors import GenerationError
from .schema_rules import for_the_client

__all__ = ["client_input"]

_BODIES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded", "application/octet-stream")
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
_BYTES = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_TEXT = {"schema": {"type": "string"}}


def _plain(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _body_ok(media_type: str) -> bool:
    return _plain(media_type) in _BODIES or is_json(media_type)


def _answer_ok(media_type: str) -> bool:
    plain = _plain(media_type)
    return is_json(media_type) or plain == "application/octet-stream" or plain.startswith("text/")


def _as_json(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` with JSON spelt another way (``text/json``) named ``application/json``: the first such when it
    has no ``application/json``, none of them when it has."""
    others = [m for m in content if is_json(m) and _plain(m) != "application/json" and not _plain(m).endswith("+json")]
    if not others:
        return content
    keep = None if any(_plain(media) == "application/json" for media in content) else others[0]
    return {
        ("application/json" if media == keep else media): value
        for media, value in content.items()
        if media not in others or media == keep
    }


def _answer_content(content: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """What an answer keeps, and what the note says of the rest."""
    given, content = content, _as_json(content)
    preferred = [media for media in content if is_json(media)] or [media for media in content if _answer_ok(media)]
    if not preferred:
        return dict(_BYTES), f"{', '.join(given)} kept untyped, as bytes"
    dropped = [media for media in given if media not in content and "application/json" in given]
    dropped += [media for media in content if media not in preferred]
    kept = {media: content[media] for media in preferred}
    # Text the client reads as text, bytes as bytes: a schema of anything else (an object) would be handed them.
    as_text = [m for m, v in kept.items() if _plain(m).startswith("text/") and not is_json(m) and v != _TEXT]
    as_bytes = [m for m, v in kept.items() if _plain(m) == "application/octet-stream" and v != _BYTES[m]]
    kept |= {media: _TEXT for media in as_text} | {media: _BYTES[media] for media in as_bytes}
    said = [f"left out {', '.join(dropped)}"] if dropped else []
    said += [f"{', '.join(as_text)} read as text"] if as_text else []
    said += [f"{', '.join(as_bytes)} read as bytes"] if as_bytes else []
    return kept, "; ".join(said)


def _form_of_fields(spec: dict[str, Any], value: Any) -> bool:
    """Whether a form body's schema is an object: the client sends a form from a model's fields, and would call
    ``to_dict`` on a bare value (an integer)."""
    schema = resolve(spec, value.get("schema")) if isinstance(value, dict) else None
    return not isinstance(schema, dict) or schema.get("type", "object") == "object"


def _body_content(spec: dict[str, Any], content: dict[str, Any], *, mapped: bool) -> tuple[dict[str, Any], str]:
    given, content = content, _as_json(content)
    # The facade sends a mapped operation's body as JSON: where JSON is offered, the client keeps only it, or
    # it would send the other (multipart) under a JSON content type.
    json_only = mapped and any(is_json(media) for media in content)
    usable = {
        media: value
        for media, value in content.items()
        if _body_ok(media) and (_plain(media) not in _FORMS or _form_of_fields(spec, value))
    }
    dropped = [media for media in given if media not in content and "application/json" in given]
    dropped += [media for media in content if media not in usable or (json_only and not is_json(media))]
    kept = {m: v for m, v in usable.items() if is_json(m) or not json_only}
    # Bytes are bytes whatever schema a spec gives them: the client sends a File's payload, never a model's.
    for media, value in kept.items():
        if _plain(media) == "application/octet-stream" and value != _BYTES["application/octet-stream"]:
            kept[media] = {**value, **_BYTES["application/octet-stream"]} if isinstance(value, dict) else value
    return kept, f"left out {', '.join(dropped)}" if dropped else ""


def client_input(spec: dict[str, Any], vendor: VendorEntry) -> tuple[dict[str, Any], list[str]]:
    """The spec openapi-python-client is given, and a note per media type left out (its schemas as
    openapi-python-client reads them: ``schema_rules.for_the_client``)."""
    mapped = set(vendor.operation_ids.values())
    result: dict[str, Any] | None = None
    notes: list[str] = []
    for template, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId") or f"{method.upper()} {template}"
            places: list[tuple[str, Any, Any]] = [("requestBody", None, operation.get("requestBody"))]
            answers = operation.get("responses") or {}
            places += [(f"responses.{code}", code, answer) for code, answer in answers.items()]
            for where, code, holder in places:
                resolved = resolve(spec, holder)
                content = resolved.get("content") if isinstance(resolved, dict) else None
                if not isinstance(content, dict):
                    continue
                if code is None:
                    kept, said = _body_content(spec, content, mapped=operation_id in mapped)
                else:
                    kept, said = _answer_content(content)
                if kept == content:
                    continue
                if code is None and not kept and operation_id in mapped:
                    raise GenerationError(
                        f"Unsupported content type {', '.join(content)} in the request body of mapped operation "
                        f"{operation_id!r}: the client cannot send it; give it a JSON body in the overlay",
                        vendor=vendor.id,
                        location=f"#/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}",
                    )
                if result is None:
                    result = copy.deepcopy(spec)
                target = result["paths"][template][method]
                if code is None and not kept:
                    del target["requestBody"]
                else:
                    owner, key = (target, "requestBody") if code is None else (target["responses"], code)
                    owner[key] = {**copy.deepcopy(resolved), "content": copy.deepcopy(kept)}
                if said:
                    notes.append(f"{vendor.id}: {operation_id} {where}: {said}")
    return for_the_client(read_only_not_required(spec if result is None else result)), notes
