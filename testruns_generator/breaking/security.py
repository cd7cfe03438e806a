"""Security: the document's and each operation's requirements (alternatives, schemes, scopes), and the
security schemes themselves."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .model import Doc, Place, escape_pointer, shown

if TYPE_CHECKING:
    from .check import Checker

__all__ = ["compare_global", "compare_operation"]

Alternatives = dict[frozenset[str], dict[str, set[str]]]  # scheme names -> each scheme's scopes
_WIRE = ("type", "in", "name", "scheme")  # what decides how a key is sent


def _alternatives(doc: Doc, node: Mapping[str, Any], pointer: str) -> Alternatives | None:
    if "security" not in node:
        return None
    found: Alternatives = {}
    for index, requirement in enumerate(doc.sequence(node, "security", pointer)):
        requirement = doc.object(requirement, f"{pointer}/security/{index}")
        scopes = {str(name): {str(s) for s in value or []} for name, value in requirement.items()}
        found[frozenset(scopes)] = scopes
    return found


def _named(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) or "no credentials"


def _compare(checker: Checker, place: Place, before: Alternatives, after: Alternatives) -> None:
    # An empty list, or an empty alternative, lets a caller in without credentials.
    old_open, new_open = not before or frozenset() in before, not after or frozenset() in after
    if old_open and not new_open:
        checker.emit("security-required", place, new=", or ".join(_named(a) for a in after))
    elif new_open and not old_open:
        checker.emit("security-removed", place, old=", or ".join(_named(a) for a in before))
    if old_open or new_open:
        return
    for alternative, scopes in before.items():
        if alternative not in after:
            checker.emit("security-alternative-removed", place, old=_named(alternative))
            continue
        for name in sorted(alternative):
            added, removed = after[alternative][name] - scopes[name], scopes[name] - after[alternative][name]
            if added:
                checker.emit("security-scope-added", place, name=name, values=shown(sorted(added)))
            if removed:
                checker.emit("security-scope-removed", place, name=name, values=shown(sorted(removed)))
    for alternative in after:
        if alternative not in before:
            checker.emit("security-alternative-added", place, new=_named(alternative))


def compare_global(checker: Checker) -> None:
    """The document's requirements and its security schemes."""
    before = _alternatives(checker.old, checker.old.root, "") or {}
    after = _alternatives(checker.new, checker.new.root, "") or {}
    _compare(checker, Place("", "security", "/security"), before, after)
    pointer = "/components/securitySchemes"
    components = (
        checker.old.mapping(checker.old.root, "components", ""),
        checker.new.mapping(checker.new.root, "components", ""),
    )
    old_schemes = dict(checker.old.items(components[0], "securitySchemes", "/components"))
    new_schemes = dict(checker.new.items(components[1], "securitySchemes", "/components"))
    for name in dict.fromkeys([*old_schemes, *new_schemes]):
        place = Place("", f"security scheme {name}", f"{pointer}/{escape_pointer(name)}")
        if name not in new_schemes:
            checker.emit("security-scheme-removed", place, name=name)
        elif name not in old_schemes:
            checker.emit("security-scheme-added", place, name=name)
        else:
            old = checker.old.object(old_schemes[name], place.pointer)
            new = checker.new.object(new_schemes[name], place.pointer)
            for key in _WIRE:
                if str(old.get(key, "")).lower() != str(new.get(key, "")).lower():
                    checker.emit("security-scheme-changed", place.at(key), name=name, key=key,
                                 old=shown(old.get(key)), new=shown(new.get(key)))  # fmt: skip
            for key in ("flows", "openIdConnectUrl"):
                if old.get(key) != new.get(key):
                    checker.emit("security-scheme-flow-changed", place.at(key), name=name, key=key)


def compare_operation(checker: Checker, place: Place, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """An operation's own requirements, where either side states them (the document's apply otherwise)."""
    if "security" not in old and "security" not in new:
        return
    before = _alternatives(checker.old, old, place.pointer)
    after = _alternatives(checker.new, new, place.pointer)
    if before is None:
        before = _alternatives(checker.old, checker.old.root, "") or {}
    if after is None:
        after = _alternatives(checker.new, checker.new.root, "") or {}
    _compare(checker, place.at("security").called("security"), before, after)
