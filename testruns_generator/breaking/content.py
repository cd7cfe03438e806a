"""Request bodies and answers: bodies added, removed or made required; statuses, media types (every one,
``+json``, ``*/*``, XML or text alike) and headers added or removed; each schema compared in its direction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .model import Doc, Place

if TYPE_CHECKING:
    from .check import Checker

__all__ = ["compare_operation"]


def _media(name: str) -> str:
    # `application/json; charset=utf-8` is `application/json`; media type names are case-insensitive.
    return name.split(";", 1)[0].strip().lower()


def _covers(wide: str, narrow: str) -> bool:
    kind, _, sub = wide.partition("/")
    other_kind, _, _ = narrow.partition("/")
    return wide == "*/*" or (sub == "*" and kind == other_kind)


def _content(doc: Doc, node: Mapping[str, Any], pointer: str) -> dict[str, tuple[str, Mapping[str, Any]]]:
    return {_media(name): (name, doc.object(value, f"{pointer}/content/{name.replace('/', '~1')}"))
            for name, value in doc.items(node, "content", pointer)}  # fmt: skip


def compare_operation(
    checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any], *, webhook: bool = False
) -> None:
    """One operation's request body and answers (a webhook's turned round: callers read what it sends)."""
    _request_body(checker, place, old, new, "response" if webhook else "request", rules=not webhook)
    _responses(checker, place, old, new, "request" if webhook else "response", rules=not webhook)


def _request_body(
    checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any], direction: str, *, rules: bool
) -> None:
    here = place.at("requestBody").called("request body")
    before = checker.old.mapping(old, "requestBody", place.pointer) if "requestBody" in old else None
    after = checker.new.mapping(new, "requestBody", place.pointer) if "requestBody" in new else None
    if before is None and after is None:
        return
    if before is None or after is None:
        if rules and after is not None:
            needed = after.get("required") is True
            checker.emit("request-body-added-required" if needed else "request-body-added-optional", here)
        elif rules:
            checker.emit("request-body-removed", here)
        return
    if rules and after.get("required") is True and before.get("required") is not True:
        checker.emit("request-body-became-required", here)
    elif rules and before.get("required") is True and after.get("required") is not True:
        checker.emit("request-body-became-optional", here)
    _media_types(checker, here, before, after, direction, "request", rules=rules)


def _media_types(
    checker: Checker,
    place: Place,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    direction: str,
    side: str,
    *,
    rules: bool,
) -> None:
    before = _content(checker.old, old, place.pointer)
    after = _content(checker.new, new, place.pointer)
    for media, (name, old_media) in before.items():
        match = media if media in after else None
        if match is None and direction == "request":
            # A sender's body is still taken where a wildcard now covers its media type.
            match = next((m for m in after if _covers(m, media)), None)
        if match is None:
            if rules:
                checker.emit(f"{side}-media-type-removed", place.at("content", name), name=name)
            continue
        new_name, new_media = after[match]
        where = Place(place.operation, f"{place.location} {new_name}", place.at("content", new_name, "schema").pointer)
        checker.schema(where, old_media.get("schema", {}), new_media.get("schema", {}), direction)
    for media, (name, _) in after.items():
        if media not in before and rules:
            covered = direction == "request" and any(_covers(media, m) for m in before)
            if not covered:
                checker.emit(f"{side}-media-type-added", place.at("content", name), name=name)


def _success(code: str) -> bool:
    return code.startswith("2")


def _responses(
    checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any], direction: str, *, rules: bool
) -> None:
    pointer = place.pointer
    before = {code: value for code, value in checker.old.items(old, "responses", pointer)}
    after = {code: value for code, value in checker.new.items(new, "responses", pointer)}
    for code in before:
        if code not in after:
            covered = f"{code[:1]}XX" in after or f"{code[:1]}xx" in after
            if rules and not covered:
                rule_id = "response-success-status-removed" if _success(code) else "response-error-status-removed"
                checker.emit(rule_id, place.at("responses", code).called(f"response {code}"), name=code)
            continue
        here = place.at("responses", code).called(f"response {code}")
        old_answer = checker.old.object(before[code], here.pointer)
        new_answer = checker.new.object(after[code], here.pointer)
        if rules:
            _headers(checker, here, old_answer, new_answer)
        _media_types(checker, here, old_answer, new_answer, direction, "response", rules=rules)
    for code in after:
        if code not in before and rules:
            rule_id = "response-success-status-added" if _success(code) else "response-error-status-added"
            checker.emit(rule_id, place.at("responses", code).called(f"response {code}"), name=code)


def _headers(checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    before = {name.lower(): (name, value) for name, value in checker.old.items(old, "headers", place.pointer)}
    after = {name.lower(): (name, value) for name, value in checker.new.items(new, "headers", place.pointer)}
    for key, (name, value) in before.items():
        header = checker.old.object(value, f"{place.pointer}/headers/{name}")
        here = Place(place.operation, f"{place.location} header {name}", f"{place.pointer}/headers/{name}")
        if key not in after:
            needed = header.get("required") is True
            checker.emit(f"response-{'required' if needed else 'optional'}-header-removed", here, name=name)
            continue
        new_name, new_value = after[key]
        changed = checker.new.object(new_value, f"{place.pointer}/headers/{new_name}")
        if header.get("required") is True and changed.get("required") is not True:
            checker.emit("response-header-became-optional", here, name=name)
        elif changed.get("required") is True and header.get("required") is not True:
            checker.emit("response-header-became-required", here, name=name)
        checker.schema(here.at("schema"), header.get("schema", {}), changed.get("schema", {}), "response")
    for key, (name, _) in after.items():
        if key not in before:
            here = Place(place.operation, f"{place.location} header {name}", f"{place.pointer}/headers/{name}")
            checker.emit("response-header-added", here, name=name)
