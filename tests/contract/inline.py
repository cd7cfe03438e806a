"""A schema with every local ``$ref`` written in, recursive ones unrolled a bounded depth and cut.

hypothesis-jsonschema inlines ``$ref`` itself, but refuses a recursive one (Google's ``Status`` holds
``details`` of itself, PatientView's groups hold groups): nothing could be drawn for such an operation at all.
Written in here, the referee also sees what a ``$ref`` hides (a ``readOnly`` behind it, which a request never
sends). A schema met again inside itself is written in ``UNROLLED`` more times, then cut where cutting leaves
real values: an optional property is made impossible (``false``), an array holds no items, an extra property
is refused, an ``anyOf``/``oneOf`` member is left out. Where a recursion cannot be cut (a required property all
the way down, an ``allOf`` part), the containing schema is cut instead, up to one that can be; where none can,
``UncuttableRecursion`` names the path and the ``$ref``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from testruns.vendors.openapi import ref_steps

# How many more times a schema is written in inside itself before the recursion is cut: one nesting of each.
UNROLLED = 1
# Keys whose values are data, never schemas: a ``$ref`` key in an example is text.
_DATA = frozenset({"enum", "const", "example", "examples", "default", "discriminator"})
# Keys whose value maps names to schemas.
_NAMED = frozenset({"properties", "patternProperties"})


class UncuttableRecursion(ValueError):
    """A recursive ``$ref`` that every value must contain: no finite value is drawable from it."""


@dataclass(frozen=True)
class _Cut:
    """Where a recursion was cut (``where``, the innermost place); the parent decides how (see the module's
    docstring), or passes it up."""

    where: str


def inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (which carries the ``components`` its ``$ref``\\ s name) with every ``$ref`` written in, and
    no ``components``: see the module's docstring."""
    found = _inline({key: value for key, value in schema.items() if key != "components"}, schema, (), "")
    if isinstance(found, _Cut):
        raise UncuttableRecursion(
            f"a recursive $ref cannot be cut, so no value can be drawn: {found.where}, and each schema around it "
            "up to the parameters requires it (a required property, an allOf part, a list of at least one)"
        )
    result: dict[str, Any] = found
    return result


def _target(root: dict[str, Any], ref: str) -> Any:
    node: Any = root
    for key in ref_steps(ref):
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node


def _inline(node: Any, root: dict[str, Any], chain: tuple[str, ...], where: str) -> Any:
    """``node`` written in, or a ``_Cut`` where it cannot be drawn unless its parent leaves it out; ``chain``
    holds the ``$ref``\\ s being written in around it, ``where`` its path (for the error)."""
    if isinstance(node, list):
        each = [_inline(item, root, chain, f"{where}/{index}") for index, item in enumerate(node)]
        return next((item for item in each if isinstance(item, _Cut)), each)
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        if chain.count(ref) > UNROLLED:
            return _Cut(f"{where} is {ref} inside itself")
        named = _inline(_target(root, ref), root, (*chain, ref), f"{where} ({ref})")
        rest = {key: value for key, value in node.items() if key != "$ref"}  # 3.1 allows keys beside a $ref
        if not rest or isinstance(named, _Cut):
            return named
        beside = _inline(rest, root, chain, where)
        return beside if isinstance(beside, _Cut) else {"allOf": [named, beside]}
    out: dict[str, Any] = {}
    no_items = False
    for key, value in node.items():
        if key in _DATA or key.startswith("x-"):
            out[key] = value
        elif key in _NAMED and isinstance(value, dict):
            out[key] = {}
            for name, item in value.items():
                found = _inline(item, root, chain, f"{where}/{name}")
                if isinstance(found, _Cut) and name in (node.get("required") or []):
                    return found
                out[key][name] = False if isinstance(found, _Cut) else found  # false: never drawn
        elif key in ("anyOf", "oneOf") and isinstance(value, list):
            members = [_inline(item, root, chain, where) for item in value]
            kept = [item for item in members if not isinstance(item, _Cut)]
            if members and not kept:
                return members[0]
            out[key] = kept
        else:
            found = _inline(value, root, chain, f"{where}/{key}")
            if key == "items" and isinstance(found, _Cut) and not node.get("minItems"):
                no_items, found = True, False
            elif key == "additionalProperties" and isinstance(found, _Cut):
                found = False
            elif isinstance(found, _Cut):
                return found
            out[key] = found
    if no_items:
        out["maxItems"] = 0
    return out
