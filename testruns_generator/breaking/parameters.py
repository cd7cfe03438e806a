"""Request parameters: added (required or not), removed (before or after their sunset), moved to another
location, renamed in the path, made required, serialized otherwise; their schemas, as a sender's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .lifecycle import removed_before_sunset, sunset_note
from .model import Place, shown

if TYPE_CHECKING:
    from .check import Checker
    from .operations import Operation

__all__ = ["compare"]

Key = tuple[str, str]  # (in, name)
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def _parameters(checker: Checker, operation: Operation, old: bool) -> dict[Key, tuple[Mapping[str, Any], str]]:
    doc = checker.old if old else checker.new
    own = [
        (doc.object(p, f"{operation.pointer}/parameters/{i}"), f"{operation.pointer}/parameters/{i}")
        for i, p in enumerate(doc.sequence(operation.node, "parameters", operation.pointer))
    ]
    # An operation's own parameter replaces the path item's of the same name and place.
    return {(str(p.get("in")), str(p.get("name"))): (p, at) for p, at in [*operation.shared, *own]}


def _style(parameter: Mapping[str, Any]) -> str:
    style = parameter.get("style") or _DEFAULT_STYLE.get(str(parameter.get("in")), "simple")
    explode = parameter.get("explode", style == "form")
    return f"{style}{', explode' if explode else ''}"


def compare(checker: Checker, place: Place, old: Operation, new: Operation) -> None:
    """The parameters of one operation, in both documents."""
    before, after = _parameters(checker, old, True), _parameters(checker, new, False)
    gone = [key for key in before if key not in after]
    came = [key for key in after if key not in before]
    # A path parameter renamed in the same place of the path is the same parameter on the wire.
    old_path, new_path = [k for k in gone if k[0] == "path"], [k for k in came if k[0] == "path"]
    renamed = dict(zip(old_path, new_path, strict=True)) if len(old_path) == len(new_path) else {}
    moved = {k: n for k in gone for n in came if k[1] == n[1] and k[0] != n[0] and k not in renamed}
    for key in gone:
        parameter, at = before[key]
        here = Place(place.operation, f"{key[0]} parameter {key[1]}", at)
        if key in renamed:
            checker.emit("request-path-parameter-renamed", here, old=key[1], new=renamed[key][1])
            _one(checker, here, parameter, after[renamed[key]][0])
        elif key in moved:
            checker.emit("request-parameter-location-changed", here, old=key[0], new=moved[key][0])
            _one(checker, here, parameter, after[moved[key]][0])
        else:
            _removed(checker, here, key, parameter)
    taken = set(renamed.values()) | set(moved.values())
    for key in came:
        if key in taken:
            continue
        parameter, at = after[key]
        here = Place(place.operation, f"{key[0]} parameter {key[1]}", at)
        needed = parameter.get("required") is True or key[0] == "path"
        rule_id = "new-required-request-parameter" if needed else "new-optional-request-parameter"
        checker.emit(rule_id, here, place=key[0], name=key[1])
    for key in before.keys() & after.keys():
        (parameter, _), (changed, at) = before[key], after[key]
        _one(checker, Place(place.operation, f"{key[0]} parameter {key[1]}", at), parameter, changed)


def _removed(checker: Checker, place: Place, key: Key, parameter: Mapping[str, Any]) -> None:
    until = removed_before_sunset(parameter, checker.today)
    if until is not None:
        checker.emit("request-parameter-removed-before-sunset", place, date=str(until))
    elif parameter.get("deprecated") is True:
        checker.emit("request-parameter-removed-after-deprecation", place, place=key[0], name=key[1])
    else:
        checker.emit("request-parameter-removed", place, place=key[0], name=key[1])


def _one(checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    if new.get("required") is True and old.get("required") is not True and new.get("in") != "path":
        checker.emit("request-parameter-became-required", place)
    elif old.get("required") is True and new.get("required") is not True and new.get("in") != "path":
        checker.emit("request-parameter-became-optional", place)
    was, now = old.get("deprecated") is True, new.get("deprecated") is True
    if now != was:
        rule_id = "request-parameter-deprecated" if now else "request-parameter-reactivated"
        checker.emit(rule_id, place, sunset=sunset_note(new))
    if _style(old) != _style(new):
        checker.emit("request-parameter-style-changed", place, old=shown(_style(old)), new=shown(_style(new)))
    if "schema" in old or "schema" in new:
        checker.schema(place.at("schema"), old.get("schema", {}), new.get("schema", {}), "request")
    old_content, new_content = old.get("content"), new.get("content")
    if isinstance(old_content, Mapping) and isinstance(new_content, Mapping):
        for media in old_content.keys() & new_content.keys():
            a, b = old_content[media], new_content[media]
            if isinstance(a, Mapping) and isinstance(b, Mapping):
                where = place.at("content", media, "schema")
                checker.schema(where, a.get("schema", {}), b.get("schema", {}), "request")
