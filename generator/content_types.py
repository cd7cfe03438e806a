"""Which media types openapi-python-client can make code for, and what happens to the others.

A real spec offers bodies as ``text/plain``, ``text/json``, ``application/xml``
... On an operation the manifest does not map, such a media type is left out
of the client's input (with a note), so a large spec still generates; on a
mapped operation it is an error naming the operation, because the facade
would not be able to send it (the overlay is the fix: remove it there).
"""

from __future__ import annotations

import copy
from typing import Any

from testruns.vendors import VendorEntry

from .errors import GenerationError

__all__ = ["client_input"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_BODIES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded", "application/octet-stream")
_ANSWERS = ("application/json", "application/octet-stream")


def _plain(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _body_ok(media_type: str) -> bool:
    plain = _plain(media_type)
    return plain in _BODIES or plain.endswith("+json")


def _answer_ok(media_type: str) -> bool:
    plain = _plain(media_type)
    return plain in _ANSWERS or plain.endswith("+json") or plain.startswith("text/")


def client_input(spec: dict[str, Any], vendor: VendorEntry) -> tuple[dict[str, Any], list[str]]:
    """The spec openapi-python-client is given, and a note per media type left out."""
    mapped = set(vendor.operation_ids.values())
    result = spec
    notes: list[str] = []
    for template, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId") or f"{method.upper()} {template}"
            places = [("requestBody", operation.get("requestBody"), _body_ok)]
            places += [(f"responses.{code}", r, _answer_ok) for code, r in (operation.get("responses") or {}).items()]
            for where, holder, ok in places:
                content = holder.get("content") if isinstance(holder, dict) else None
                if not isinstance(content, dict):
                    continue
                unsupported = [media for media in content if not ok(media)]
                if not unsupported:
                    continue
                if operation_id in mapped:
                    raise GenerationError(
                        f"Unsupported content type {', '.join(unsupported)} in {where} of mapped operation "
                        f"{operation_id!r}: the client cannot be made for it; remove it in the overlay",
                        vendor=vendor.id,
                        location=f"#/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}",
                    )
                if result is spec:
                    result = copy.deepcopy(spec)
                target = result["paths"][template][method]
                for part in where.split("."):
                    target = target[part]
                for media in unsupported:
                    del target["content"][media]
                if where == "requestBody" and not target["content"]:
                    del result["paths"][template][method]["requestBody"]
                notes.append(f"{vendor.id}: {operation_id} {where}: left out {', '.join(unsupported)}")
    return result, notes
