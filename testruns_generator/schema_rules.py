"""Rules applied to the schemas the request models and the client are made of, so they mean what the spec means.

An OpenAPI field that is not required may be absent; the models show an absent field as ``None`` (the facade
sends only the fields given). datamodel-code-generator reads an explicit ``nullable: false``, or a ``default:
null`` on a field that is not nullable, as "never None" and writes ``field: str = None``, which mypy --strict
rejects. Both say nothing beyond what an optional field already means here, so they are left out. So is a
``default`` that is an object, or a list holding one (Akeneo's ``default: {}`` of an object): it would be the
model field's default as a dict, where mypy --strict wants the model; the vendor applies it to an absent field.

A field described as ``allOf: [{$ref: X}, {description: ...}]`` (APIs.guru's conversions write one for every
described field) is X: the other parts only annotate. openapi-python-client cannot take ``allOf`` of a schema
that is not an object (a string enum, a pattern) and leaves out every operation that uses it, so the client is
given ``{$ref: X}``. And a schema made of one other and its own properties or ``type: object`` (Azure's ``allOf: [{$ref:
Resource}], properties: {...}``) is given as an ``allOf`` of both: openapi-python-client takes an ``allOf`` of a single
reference for that reference alone, and so makes the referenced model twice ("Attempted to generate duplicate
models") and leaves out every operation that uses either.

A property the client would name ``additional_properties`` (Azure's ``customMeasurements`` has one called
``additionalProperties``) would be declared twice in its model, beside the store of the properties the schema
does not name, which mypy --strict rejects: it is left out of the client's schema, and its value is kept in that
store, under its wire name, as any property the schema does not name.

Two arrays among the alternatives of an ``anyOf`` or ``oneOf`` (Apideck's custom field value: a list of
strings or a list of objects) cannot be told apart by the client, which checks only that a value is a list: it
wrote both branches, the second one dead, and a list of models left unconverted (mypy --strict rejects the
assignment). The client is given one array of any of their items instead.

An ``anyOf`` or ``oneOf`` whose alternatives only say which properties must be present (GitHub's
``anyOf: [{required: [reviewers]}, {required: [team_reviewers]}]`` beside ``type: object``) adds no type: the
client read it as a union of untyped values and wrote an ``else:`` with no ``if``, which is not Python. It is
left out of the client's schema; the request models still check it.

A ``readOnly`` property is never sent, and is required only in answers (OpenAPI 3.0): openapi-python-client reads
neither, and its model of a request body would demand the property (``Ticket.from_dict`` without ``id``: KeyError).
The client's schemas list no readOnly property as required (``testruns.vendors.read_only_not_required``); the
facade holds answers to the spec's own ``required`` with its pydantic models, which datamodel-code-generator splits
into request and answer models.

A ``default`` that its own schema rejects (Nordigen's list of strings for a list of lists) would be written as
the field's default, which mypy --strict rejects: it is left out of the models, with a note naming it.

A ``pattern`` in a dialect pydantic's regex engine cannot compile (``[\\p{all}]*``) would stop the models from
loading: it is left out of them, with a note naming it (the vendor still judges the value).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import Any

from testruns.vendors import without_patterns

__all__ = [
    "absent_is_none",
    "compilable_patterns",
    "fitting_defaults",
    "for_the_client",
    "required_declared",
    "root_defaults_left_out",
]


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds)


def _holds_object(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and any(_holds_object(item) for item in value))


# Keywords JSON Schema applies to other types only: on these they say nothing (Azure QnA Maker's minLength on a
# list), where pydantic would read them as the list's or the text's own length.
_TEXT_ONLY = ("minLength", "maxLength", "pattern")
_LIST_ONLY = ("minItems", "maxItems", "uniqueItems")
_NOT_ITS_TYPE = {
    "array": _TEXT_ONLY,
    "object": _TEXT_ONLY + _LIST_ONLY,
    "string": _LIST_ONLY,
    "integer": _TEXT_ONLY + _LIST_ONLY,
    "number": _TEXT_ONLY + _LIST_ONLY,
    "boolean": _TEXT_ONLY + _LIST_ONLY,
}


def absent_is_none(schema: Any, *, names: bool = False) -> Any:
    """``schema`` without ``nullable: false``, without ``default: null`` where null is not allowed, and without a
    ``default`` that is or holds an object, or that is the text of a format (a date-time's default is text where
    the field is a ``datetime``), and without a keyword its type does not take (``_NOT_ITS_TYPE``); ``names``:
    ``schema`` maps names to schemas (a property may be named ``default``)."""
    if isinstance(schema, list):
        return [absent_is_none(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept = {key: absent_is_none(value, names=not names and key in _NAMED) for key, value in schema.items()}
    if names:
        return kept
    if kept.get("nullable") is False:
        del kept["nullable"]
    kind = kept.get("type")
    for keyword in _NOT_ITS_TYPE.get(kind, ()) if isinstance(kind, str) else ():
        kept.pop(keyword, None)
    if "default" in kept and (
        (kept["default"] is None and not _nullable(schema))
        or _holds_object(kept["default"])
        or (isinstance(kept["default"], str) and "format" in kept)
    ):
        del kept["default"]
    return kept


def required_declared(schema: Any, *, names: bool = False, part: bool = False) -> Any:
    """``schema`` with each name its ``required`` lists and its ``properties`` do not declare, declared as any
    value (Storecove's ``receivedInvoiceGuid``); ``names``: ``schema`` maps names to schemas; ``part``: it is a
    part of an ``allOf`` / ``anyOf`` / ``oneOf``, where another part may declare the name, and is left as it is.

    The models send only what they declare: an undeclared property the caller gave was dropped, and the
    vendor got an object without a property its spec requires.
    """
    if isinstance(schema, list):
        return [required_declared(item, part=part) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept = {
        key: required_declared(value, names=not names and key in _NAMED, part=not names and key in _PARTS)
        for key, value in schema.items()
    }
    required, properties = kept.get("required"), kept.get("properties")
    if names or part or not isinstance(required, list) or not isinstance(properties, dict):
        return kept
    if any(key in kept for key in _PARTS):
        return kept
    missing = [name for name in required if isinstance(name, str) and name not in properties]
    return {**kept, "properties": {**properties, **{name: {} for name in missing}}} if missing else kept


_PARTS = frozenset({"allOf", "anyOf", "oneOf"})


def root_defaults_left_out(schemas: dict[str, Any]) -> dict[str, Any]:
    """``schemas`` (named) without the ``default`` of each one that is no object, whose model is a root model.

    A property referring to such a schema takes its default as its own, a bare value where mypy --strict wants
    the root model (Telnyx's ``address_book: AddressBook | None = True``). The facade sends only the fields
    given, so the vendor applies the default to an absent one.
    """
    return {
        name: {key: value for key, value in schema.items() if key != "default"}
        if isinstance(schema, dict)
        and "default" in schema
        and schema.get("type") != "object"
        and "properties" not in schema
        else schema
        for name, schema in schemas.items()
    }


# Keywords that say something about a value without constraining it (JSON Schema's annotations, OpenAPI's xml).
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "externalDocs", "xml", "$comment"}
)


def _annotations_only(node: Any) -> bool:
    return isinstance(node, dict) and all(key in _ANNOTATIONS or key.startswith("x-") for key in node)


def _lone_reference(node: dict[str, Any]) -> dict[str, Any] | None:
    """``{$ref: X}`` where ``node`` is an ``allOf`` of that one reference and annotations, and annotates only."""
    parts = node.get("allOf")
    if not isinstance(parts, list) or not _annotations_only({k: v for k, v in node.items() if k != "allOf"}):
        return None
    references = [part for part in parts if isinstance(part, dict) and set(part) == {"$ref"}]
    if len(references) != 1 or not all(_annotations_only(part) for part in parts if part is not references[0]):
        return None
    return dict(references[0])


# An object's own keywords, moved into a part of its allOf of one reference.
_OWN = ("properties", "required", "additionalProperties", "minProperties", "maxProperties")


def _own_part(node: dict[str, Any]) -> dict[str, Any] | None:
    """``node`` with its own object keywords as a second ``allOf`` part, where its ``allOf`` is one reference."""
    parts = node.get("allOf")
    if not (isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]):
        return None
    own = {key: node[key] for key in _OWN if key in node}
    if node.get("type") == "object":  # Azure's subtypes of a discriminated base say only this
        own["type"] = "object"
    if not own:
        return None
    return {**{k: v for k, v in node.items() if k not in own and k != "allOf"}, "allOf": [parts[0], own]}


def _store_name(name: str) -> bool:
    """Whether openapi-python-client names property ``name`` ``additional_properties`` in Python."""
    # Snake-casing keeps the letters: a cheap test first, so the client is loaded only for a likely clash.
    if re.sub(r"[^a-z]", "", name.lower()) != "additionalproperties":
        return False
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - the client's own rule

    return str(PythonIdentifier(name, "field_")) == "additional_properties"


def _without_store_clash(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` without a property the client would name like its models' store of additional properties."""
    properties = node.get("properties")
    if node.get("additionalProperties") is False or not isinstance(properties, dict):
        return node
    clashing = [name for name in properties if isinstance(name, str) and _store_name(name)]
    if not clashing:
        return node
    kept = {**node, "properties": {k: v for k, v in properties.items() if k not in clashing}}
    if isinstance(node.get("required"), list):
        kept["required"] = [name for name in node["required"] if name not in clashing]
    return kept


def _one_array(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with the arrays among its ``anyOf`` / ``oneOf`` alternatives as one array of any of their items."""
    for keyword in ("anyOf", "oneOf"):
        parts = node.get(keyword)
        if not isinstance(parts, list):
            continue
        arrays = [part for part in parts if isinstance(part, dict) and part.get("type") == "array"]
        if len(arrays) < 2:
            continue
        items = [part.get("items", {}) for part in arrays]
        merged: dict[str, Any] = {"type": "array", "items": {"anyOf": items}}
        if any(part.get("nullable") is True for part in arrays):
            merged["nullable"] = True
        later = {id(part) for part in arrays[1:]}
        kept = [merged if part is arrays[0] else part for part in parts if id(part) not in later]
        node = {**node, keyword: kept}
    return node


# Keywords of an alternative that only constrain which properties are present, or annotate.
_PRESENCE_ONLY = frozenset({"required", "minProperties", "maxProperties", "description", "title"})


def _presence_only(part: Any, declared: Collection[str]) -> bool:
    """Whether ``part`` only says which properties are present, or narrows properties its object declares
    (GitHub's check run: ``{properties: {status: {enum: [completed]}}, required: [conclusion]}``), keeping any
    other property allowed."""
    if not isinstance(part, dict) or part.get("additionalProperties", True) is not True:
        return False
    narrowed = part.get("properties", {})
    if not isinstance(narrowed, dict) or not set(narrowed) <= set(declared):
        return False
    return all(key in _PRESENCE_ONLY or key in _NARROWING or key.startswith("x-") for key in part)


_NARROWING = frozenset({"properties", "additionalProperties"})


def _without_presence_unions(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` without an ``anyOf`` / ``oneOf`` whose every alternative only says which properties are present
    or narrows its declared ones, where ``node`` gives its type itself."""
    if "type" not in node and "properties" not in node:
        return node
    properties = node.get("properties")
    declared: Collection[str] = properties if isinstance(properties, dict) else ()
    unions = [
        keyword
        for keyword in ("anyOf", "oneOf")
        if isinstance(node.get(keyword), list)
        and node[keyword]
        and all(_presence_only(part, declared) for part in node[keyword])
    ]
    return {key: value for key, value in node.items() if key not in unions} if unions else node


def for_the_client(node: Any) -> Any:
    """``node`` with each annotated lone reference (``allOf: [{$ref: X}, {description: ...}]``) as ``{$ref: X}``,
    each ``allOf`` of one reference beside its own properties as an ``allOf`` of both, without a property the
    client would name ``additional_properties``, and without a union that only says which properties are present;
    ``node`` itself where there is none of these."""
    if isinstance(node, list):
        items = [for_the_client(item) for item in node]
        return node if all(new is old for new, old in zip(items, node, strict=True)) else items
    if not isinstance(node, dict):
        return node
    lone = _lone_reference(node)
    if lone is not None:
        return lone
    given = _one_array(_without_presence_unions(_without_store_clash(_own_part(node) or node)))
    values = {key: for_the_client(value) for key, value in given.items()}
    return node if given is node and all(values[key] is value for key, value in node.items()) else values


@functools.cache
def _pattern_error(pattern: str) -> str | None:
    """Why pydantic cannot compile ``pattern`` (its first line), or None where it can: pydantic is asked."""
    from pydantic_core import SchemaError, SchemaValidator, core_schema  # noqa: PLC0415

    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError as error:
        return next((line.strip() for line in reversed(str(error).splitlines()) if line.strip()), str(error))
    return None


def compilable_patterns(schemas: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``schemas`` (named) without the ``pattern`` s pydantic cannot compile, and a note naming each (by its place)."""
    kept, dropped = without_patterns(schemas, _pattern_error, names=True)
    notes = [
        f"pattern {pattern!r} at {where.removesuffix('/pattern') or '/'} left out of the request models: pydantic "
        f"cannot read it ({reason})"
        for where, pattern, reason in dropped
    ]
    return kept, notes


def _has_reference(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_reference(value) for value in node.values())
    return isinstance(node, list) and any(_has_reference(item) for item in node)


def _rejects(schema: dict[str, Any], value: Any) -> bool:
    """Whether ``schema`` (one without references) rejects ``value``: jsonschema is asked (OpenAPI 3.0's
    ``nullable``, which JSON Schema does not know, is read first)."""
    from jsonschema.validators import Draft202012Validator, validator_for  # noqa: PLC0415

    if value is None and _nullable(schema):
        return False
    return not validator_for(schema, default=Draft202012Validator)(schema).is_valid(value)


_NAMED = frozenset({"properties", "patternProperties", "definitions", "$defs"})  # name -> schema mappings


def fitting_defaults(node: Any, path: str = "", *, names: bool = False) -> tuple[Any, list[str]]:
    """``node`` without the ``default`` s their own schema rejects, and a note naming each (by its place);
    ``names``: ``node`` maps names to schemas (a property may be named ``default``).

    A schema that refers to others is left as it is: judging it would need the whole document.
    """
    if isinstance(node, list):
        found = [fitting_defaults(item, f"{path}/{index}") for index, item in enumerate(node)]
        return [item for item, _ in found], [note for _, notes in found for note in notes]
    if not isinstance(node, dict):
        return node, []
    kept: dict[str, Any] = {}
    notes: list[str] = []
    for key, value in node.items():
        where = f"{path}/{key.replace('~', '~0').replace('/', '~1')}"
        kept[key], inner = fitting_defaults(value, where, names=not names and key in _NAMED)
        notes += inner
    if not names and "default" in kept and not _has_reference(kept):
        bare = {key: value for key, value in kept.items() if key != "default"}
        if _rejects(bare, kept["default"]):
            where = path or "/"
            notes.append(
                f"default {kept['default']!r} at {where} left out of the request models: its schema rejects it"
            )
            return bare, notes
    return kept, notes
