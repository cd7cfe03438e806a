"""Applying an OpenAPI Overlay 1.0 document (our corrections) to a vendor's spec.

Targets are RFC 9535 JSONPath expressions, evaluated by jsonpath-rfc9535. A
target that matches nothing is an error, not a no-op: it means the vendor's
document changed under our correction, and silently dropping the correction
would ship a wrong client.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from .errors import GenerationError

_SUPPORTED_VERSIONS = ("1.0.",)


def _merge(target: Any, update: Any) -> Any:
    """Overlay update semantics: objects merge recursively, arrays append, the rest is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update if isinstance(update, list) else [update]))
        return target
    return copy.deepcopy(update)


def _node_at(document: Any, location: tuple[str | int, ...]) -> Any:
    node = document
    for part in location:
        node = node[part]
    return node


def _check_overlay(overlay: Any, fail: Any) -> list[dict[str, Any]]:
    if not isinstance(overlay, dict):
        fail("an overlay must be a mapping with 'overlay', 'info' and 'actions'")
    version = overlay.get("overlay")
    if not isinstance(version, str) or not version.startswith(_SUPPORTED_VERSIONS):
        fail(f"'overlay' must be a 1.0.x version string, got {version!r}", "overlay")
    if not isinstance(overlay.get("info"), dict):
        fail("'info' (title, version) is required", "info")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        fail("'actions' must be a non-empty list", "actions")
    for index, action in enumerate(actions):
        where = f"actions[{index}]"
        if not isinstance(action, dict):
            fail("each action must be a mapping", where)
        if not isinstance(action.get("target"), str):
            fail("'target' must be a JSONPath string", f"{where}.target")
        has_update, removes = "update" in action, action.get("remove", False)
        if removes not in (True, False):
            fail("'remove' must be true or false", f"{where}.remove")
        if has_update == bool(removes):
            fail("an action needs exactly one of 'update' or 'remove: true'", where)
    return list(actions)


def _select(target: str, document: Any) -> tuple[list[jsonpath_rfc9535.JSONPathNode], str | None]:
    """The nodes ``target`` selects, and why it is refused: a selector that matches nothing.

    Each selector of each segment must match somewhere, and each branch a union
    opens (``$.paths['/a','/b']``) must still match at every later segment: a
    correction aimed at two paths can never silently drop off one of them. A
    wildcard's members are not branches (``$.paths[*].post`` means the paths
    that have a post), nor is what a descendant segment (``..``) finds.
    """
    query = jsonpath_rfc9535.compile(target)
    root = jsonpath_rfc9535.JSONPathNode(value=document, location=(), parent=None, root=document)
    branches: list[tuple[tuple[str, ...], jsonpath_rfc9535.JSONPathNode]] = [((), root)]
    for segment in query.segments:
        if len(segment.selectors) == 1 or type(segment).__name__ != "JSONPathChildSegment":
            found = [(tag, child) for tag, node in branches for child in segment.resolve([node])]
            if not found:
                return [], f"{segment} matches nothing"
        else:
            found = []
            for selector in segment.selectors:
                made = [((*tag, str(selector)), child) for tag, node in branches for child in selector.resolve(node)]
                if not made:
                    return [], f"the selector {selector} of {segment} matches nothing"
                found += made
        alive = {tag for tag, _ in found}
        for tag in dict.fromkeys(tag for tag, _ in branches):
            if tag and not any(other[: len(tag)] == tag for other in alive):
                return [], f"under {' / '.join(tag)}, {segment} matches nothing"
        branches = found
    return [node for _, node in branches], None


def apply_overlay(spec: Any, overlay: Any, *, file: Path, vendor: str | None = None) -> Any:
    """Return a copy of ``spec`` with every action of ``overlay`` applied, in order."""

    def fail(message: str, location: str | None = None) -> None:
        raise GenerationError(message, vendor=vendor, file=file, location=location)

    actions = _check_overlay(overlay, fail)
    result = copy.deepcopy(spec)
    for index, action in enumerate(actions):
        target = action["target"]
        where = f"actions[{index}].target"
        try:
            nodes, problem = _select(target, result)
        except jsonpath_rfc9535.JSONPathError as exc:
            fail(f"invalid JSONPath {target!r}: {exc}", where)
        if problem is not None:
            fail(f"target {target!r}: {problem} in the spec; fix the target or the action", where)
        if "update" in action:
            for node in nodes:
                if not isinstance(node.value, dict | list):
                    fail(f"target {target!r} selects a {type(node.value).__name__}; update needs an object", where)
                _merge(node.value, action["update"])
            continue
        # Remove the deepest and last matches first, so earlier indices stay valid.
        for node in sorted(nodes, key=lambda n: tuple(str(p).zfill(8) for p in n.location), reverse=True):
            if not node.location:
                fail("the root of the document cannot be removed", where)
            parent = _node_at(result, tuple(node.location[:-1]))
            del parent[node.location[-1]]
    return result
