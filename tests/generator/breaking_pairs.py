"""Pairs of small documents, one per rule of ``testruns_generator.breaking``: the change that fires it, and a twin that
must not raise an error (the same change where it breaks nobody, or its harmless neighbour)."""

from __future__ import annotations

import copy
from typing import Any

from testruns_generator.breaking.rules import BOUNDS, SUBSCHEMA_KEYWORDS, kebab

Doc = dict[str, Any]
Schema = dict[str, Any]


def api(operation: dict[str, Any] | None = None, path: str = "/runs", method: str = "post", **top: Any) -> Doc:
    """A document of one operation (``POST /runs``, answering 200) and anything else at the top."""
    base: dict[str, Any] = {"operationId": "startRun", "responses": {"200": {"description": "ok"}}}
    document: Doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}
    document["paths"] = {path: {method: {**base, **(operation or {})}}}
    document.update(top)
    return document


def with_schema(schema: Schema, direction: str, media: str = "application/vnd.acme+json") -> Doc:
    """``schema`` as the request body's or the answer's, under ``media``; the other side stays fixed."""
    content = {media: {"schema": copy.deepcopy(schema)}}
    if direction == "request":
        return api({"requestBody": {"required": True, "content": content}})
    return api({"responses": {"200": {"description": "ok", "content": content}}})


S = {"type": "string"}
# change -> (old schema, new schema); each is checked as a request body and as an answer.
SCHEMA_PAIRS: dict[str, tuple[Schema, Schema]] = {
    "type-widened": ({"type": "integer"}, {"type": "number"}),
    "type-narrowed": ({"type": "number"}, {"type": "integer"}),
    "type-changed": ({"type": "string"}, {"type": "integer"}),
    "became-nullable": ({"type": "string"}, {"type": ["string", "null"]}),
    "became-not-nullable": ({"type": "string", "nullable": True}, {"type": "string"}),
    "format-added": (S, {**S, "format": "uuid"}),
    "format-removed": ({**S, "format": "uuid"}, S),
    "format-widened": ({"type": "integer", "format": "int32"}, {"type": "integer", "format": "int64"}),
    "format-changed": ({**S, "format": "date"}, {**S, "format": "date-time"}),
    "became-enum": (S, {**S, "enum": ["a"]}),
    "enum-dropped": ({**S, "enum": ["a"]}, S),
    "enum-value-removed": ({**S, "enum": ["a", "b"]}, {**S, "enum": ["a"]}),
    "enum-value-added": ({**S, "enum": ["a"]}, {**S, "enum": ["a", "b"]}),
    "extensible-enum-value-added": ({**S, "x-extensible-enum": ["a"]}, {**S, "x-extensible-enum": ["a", "b"]}),
    "const-added": (S, {**S, "const": "a"}),
    "const-removed": ({**S, "const": "a"}, S),
    "const-changed": ({**S, "const": "a"}, {**S, "const": "b"}),
    "pattern-added": (S, {**S, "pattern": "^[a-z]+$"}),
    "pattern-removed": ({**S, "pattern": "^[a-z]+$"}, S),
    "pattern-widened": ({**S, "pattern": "^[a-z]+$"}, {**S, "pattern": ".*"}),
    "pattern-changed": ({**S, "pattern": "^[a-z]+$"}, {**S, "pattern": "^[0-9]+$"}),
    "multiple-of-set": ({"type": "number"}, {"type": "number", "multipleOf": 2}),
    "multiple-of-unset": ({"type": "number", "multipleOf": 2}, {"type": "number"}),
    "multiple-of-widened": ({"type": "number", "multipleOf": 4}, {"type": "number", "multipleOf": 2}),
    "multiple-of-narrowed": ({"type": "number", "multipleOf": 2}, {"type": "number", "multipleOf": 4}),
    "multiple-of-changed": ({"type": "number", "multipleOf": 2}, {"type": "number", "multipleOf": 3}),
    "unique-items-set": ({"type": "array"}, {"type": "array", "uniqueItems": True}),
    "unique-items-unset": ({"type": "array", "uniqueItems": True}, {"type": "array"}),
    "any-of-branch-added": ({"anyOf": [S]}, {"anyOf": [S, {"type": "integer"}]}),
    "any-of-branch-removed": ({"anyOf": [S, {"type": "integer"}]}, {"anyOf": [S]}),
    "one-of-branch-added": ({"oneOf": [S]}, {"oneOf": [S, {"type": "integer"}]}),
    "one-of-branch-removed": ({"oneOf": [S, {"type": "integer"}]}, {"oneOf": [S]}),
    "all-of-branch-added": ({"allOf": [S]}, {"allOf": [S, {"minLength": 2}]}),
    "all-of-branch-removed": ({"allOf": [S, {"minLength": 2}]}, {"allOf": [S]}),
    "additional-properties-forbidden": ({"type": "object"}, {"type": "object", "additionalProperties": False}),
    "prefix-items-added": ({"type": "array", "prefixItems": [S]}, {"type": "array", "prefixItems": [S, S]}),
    "prefix-items-removed": ({"type": "array", "prefixItems": [S, S]}, {"type": "array", "prefixItems": [S]}),
    "pattern-property-added": ({"type": "object"}, {"type": "object", "patternProperties": {"^x-": S}}),
    "pattern-property-removed": ({"type": "object", "patternProperties": {"^x-": S}}, {"type": "object"}),
    "dependent-required-added": ({"type": "object"}, {"type": "object", "dependentRequired": {"a": ["b"]}}),
    "dependent-required-removed": ({"type": "object", "dependentRequired": {"a": ["b"]}}, {"type": "object"}),
    "dependent-schema-added": ({"type": "object"}, {"type": "object", "dependentSchemas": {"a": {"required": ["b"]}}}),
    "dependent-schema-removed": (
        {"type": "object", "dependentSchemas": {"a": {"required": ["b"]}}},
        {"type": "object"},
    ),
    "content-media-type-changed": ({**S, "contentMediaType": "image/png"}, {**S, "contentMediaType": "image/gif"}),
    "content-encoding-changed": ({**S, "contentEncoding": "base64"}, {**S, "contentEncoding": "base32"}),
    "if-changed": ({"if": {"minLength": 1}, "then": S}, {"if": {"minLength": 2}, "then": S}),
    "default-changed": ({**S, "default": "a"}, {**S, "default": "b"}),
    "discriminator-changed": ({"discriminator": {"propertyName": "a"}}, {"discriminator": {"propertyName": "b"}}),
    "read-only-changed": (S, {**S, "readOnly": True}),
    "write-only-changed": (S, {**S, "writeOnly": True}),
}
for _keyword in SUBSCHEMA_KEYWORDS:
    _inner: Any = False if _keyword.startswith("unevaluated") else {"minLength": 1}
    SCHEMA_PAIRS[f"{kebab(_keyword)}-added"] = ({}, {_keyword: _inner})
    SCHEMA_PAIRS[f"{kebab(_keyword)}-removed"] = ({_keyword: _inner}, {})
for _keyword in BOUNDS:
    _low, _high = {_keyword: 3}, {_keyword: 5}
    SCHEMA_PAIRS[f"{kebab(_keyword)}-set"] = ({}, {_keyword: 3})
    SCHEMA_PAIRS[f"{kebab(_keyword)}-unset"] = ({_keyword: 3}, {})
    SCHEMA_PAIRS[f"{kebab(_keyword)}-increased"] = (_low, _high)
    SCHEMA_PAIRS[f"{kebab(_keyword)}-decreased"] = (_high, _low)

# The non-breaking twin of a change that breaks in both directions: a neighbour that breaks nobody.
SCHEMA_TWINS: dict[str, tuple[Schema, Schema]] = {
    "type-changed": SCHEMA_PAIRS["type-widened"],
    "format-changed": SCHEMA_PAIRS["format-widened"],
    "const-changed": SCHEMA_PAIRS["const-removed"],
    "multiple-of-changed": SCHEMA_PAIRS["multiple-of-widened"],
    "content-media-type-changed": ({**S, "contentMediaType": "image/png"}, {**S, "contentMediaType": "image/png"}),
    "content-encoding-changed": ({**S, "contentEncoding": "base64"}, {**S, "contentEncoding": "base64"}),
}

OBJ: Schema = {"type": "object", "properties": {"a": S}, "required": ["a"]}
_A: Schema = {"type": "object", "properties": {"a": S}}
_AB: Schema = {"type": "object", "properties": {"a": S, "b": S}}
_AB_REQ: Schema = {**_AB, "required": ["b"]}
_GONE: Schema = {"type": "object", "properties": {"a": {**S, "deprecated": True, "x-sunset": "2999-01-01"}}}
_DEPRECATED: Schema = {"type": "object", "properties": {"a": {**S, "deprecated": True}}}
_EMPTY: Schema = {"type": "object", "properties": {}}
# rule id -> (direction, old schema, new schema) for the property and lifecycle rules of a schema.
PROPERTY_PAIRS: dict[str, tuple[str, Schema, Schema]] = {
    "request-new-required-property": ("request", _A, _AB_REQ),
    "request-new-optional-property": ("request", _A, _AB),
    "request-property-removed": ("request", _AB, _A),
    "request-property-became-required": ("request", _A, OBJ),
    "request-property-became-optional": ("request", OBJ, _A),
    "response-new-property": ("response", _A, _AB),
    "response-required-property-removed": ("response", OBJ, _EMPTY),
    "response-optional-property-removed": ("response", _A, _EMPTY),
    "response-property-became-optional": ("response", OBJ, _A),
    "response-property-became-required": ("response", _A, OBJ),
    "request-property-deprecated": ("request", _A, _DEPRECATED),
    "response-property-deprecated": ("response", _A, _DEPRECATED),
    "request-property-removed-before-sunset": ("request", _GONE, _EMPTY),
    "response-property-removed-before-sunset": ("response", _GONE, _EMPTY),
}

_PAST: Schema = {"type": "object", "properties": {"a": {**S, "deprecated": True, "x-sunset": "2000-01-01"}}}
# The twin of a property rule: the same change judged the other way round, or, for a sunset, one that passed.
PROPERTY_TWINS: dict[str, tuple[str, Schema, Schema]] = {
    rule_id: ("response" if direction == "request" else "request", old, new)
    for rule_id, (direction, old, new) in PROPERTY_PAIRS.items()
}
PROPERTY_TWINS["request-property-removed-before-sunset"] = ("request", _PAST, _EMPTY)
PROPERTY_TWINS["response-property-removed-before-sunset"] = ("response", _PAST, _EMPTY)


def _op(**fields: Any) -> Doc:
    return api(fields)


def _query(**fields: Any) -> dict[str, Any]:
    return {"name": "limit", "in": "query", "schema": {"type": "integer"}, **fields}


def _path_doc(name: str) -> Doc:
    return api({"parameters": [{"name": name, "in": "path", "required": True, "schema": S}]}, path=f"/runs/{{{name}}}")


def _body(required: bool, *media: str) -> dict[str, Any]:
    return {"requestBody": {"required": required, "content": {m: {"schema": S} for m in media}}}


def _answers(*codes: str, media: tuple[str, ...] = (), headers: dict[str, Any] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": "ok"}
    if media:
        answer["content"] = {m: {"schema": S} for m in media}
    if headers is not None:
        answer["headers"] = headers
    return {"responses": {code: answer for code in codes}}


def _secured(*alternatives: dict[str, list[str]], schemes: dict[str, Any] | None = None) -> Doc:
    document = api(security=list(alternatives))
    default = {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "oauth": {"type": "oauth2", "flows": {}}}
    document["components"] = {"securitySchemes": default if schemes is None else schemes}
    return document


def _webhook(*methods: str) -> Doc:
    return api(webhooks={"runDone": {m: {"responses": {"200": {"description": "ok"}}} for m in methods}})


_JSON = "application/json"
_DEPRECATED_OP = {"deprecated": True}
_FUTURE = {"deprecated": True, "x-sunset": "2999-01-01"}
_PAST_OP = {"deprecated": True, "x-sunset": "2000-01-01"}
_ONE_OP = api()
_NO_OP: Doc = {**api(), "paths": {}}
_HEADER = {"X-Next": {"schema": S}}
_REQUIRED_HEADER = {"X-Next": {"schema": S, "required": True}}
_OLD = api(servers=[{"url": "https://a.example"}])
_NEW = api(servers=[{"url": "https://b.example"}])
_KEY = {"type": "apiKey", "in": "header", "name": "X-Key"}

# rule id -> (old, new, twin old, twin new): the change, and a neighbour of it that breaks nobody.
DOCUMENT_PAIRS: dict[str, tuple[Doc, Doc, Doc, Doc]] = {
    "endpoint-removed": (_ONE_OP, _NO_OP, _op(**_PAST_OP), _NO_OP),
    "endpoint-removed-after-deprecation": (_op(**_PAST_OP), _NO_OP, _op(**_PAST_OP), _NO_OP),
    "endpoint-removed-before-sunset": (_op(**_FUTURE), _NO_OP, _op(**_PAST_OP), _NO_OP),
    "endpoint-added": (_NO_OP, _ONE_OP, _NO_OP, _ONE_OP),
    "operation-id-changed": (_ONE_OP, _op(operationId="begin"), _ONE_OP, _op(operationId="begin")),
    "server-removed": (_OLD, _NEW, _OLD, _NEW),
    "server-added": (_OLD, _NEW, _OLD, _NEW),
    "endpoint-deprecated": (_ONE_OP, _op(**_DEPRECATED_OP), _ONE_OP, _op(**_DEPRECATED_OP)),
    "endpoint-reactivated": (_op(**_DEPRECATED_OP), _ONE_OP, _op(**_DEPRECATED_OP), _ONE_OP),
    "endpoint-sunset-earlier": (
        _op(**_FUTURE),
        _op(deprecated=True, **{"x-sunset": "2998-01-01"}),
        _op(deprecated=True, **{"x-sunset": "2998-01-01"}),
        _op(**_FUTURE),
    ),
    "endpoint-sunset-removed": (_op(**_FUTURE), _op(**_DEPRECATED_OP), _op(**_FUTURE), _op(**_FUTURE)),
    "sunset-invalid": (_op(**_FUTURE), _op(deprecated=True, **{"x-sunset": "soon"}), _ONE_OP, _op(**_FUTURE)),
    "request-parameter-deprecated": (
        _op(parameters=[_query()]),
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[_query()]),
        _op(parameters=[_query(deprecated=True)]),
    ),
    "request-parameter-reactivated": (
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[_query()]),
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[_query()]),
    ),
    "request-parameter-removed-before-sunset": (
        _op(parameters=[_query(deprecated=True, **{"x-sunset": "2999-01-01"})]),
        _op(parameters=[]),
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[]),
    ),
    "new-required-request-parameter": (
        _op(parameters=[]),
        _op(parameters=[_query(required=True)]),
        _op(parameters=[]),
        _op(parameters=[_query()]),
    ),
    "new-optional-request-parameter": (
        _op(parameters=[]),
        _op(parameters=[_query()]),
        _op(parameters=[]),
        _op(parameters=[_query()]),
    ),
    "request-parameter-removed": (
        _op(parameters=[_query()]),
        _op(parameters=[]),
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[]),
    ),
    "request-parameter-removed-after-deprecation": (
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[]),
        _op(parameters=[_query(deprecated=True)]),
        _op(parameters=[]),
    ),
    "request-parameter-became-required": (
        _op(parameters=[_query()]),
        _op(parameters=[_query(required=True)]),
        _op(parameters=[_query(required=True)]),
        _op(parameters=[_query()]),
    ),
    "request-parameter-became-optional": (
        _op(parameters=[_query(required=True)]),
        _op(parameters=[_query()]),
        _op(parameters=[_query(required=True)]),
        _op(parameters=[_query()]),
    ),
    "request-parameter-location-changed": (
        _op(parameters=[_query()]),
        _op(parameters=[_query(**{"in": "header"})]),
        _op(parameters=[_query()]),
        _op(parameters=[_query(description="x")]),
    ),
    "request-path-parameter-renamed": (_path_doc("id"), _path_doc("run_id"), _path_doc("id"), _path_doc("run_id")),
    "request-parameter-style-changed": (
        _op(parameters=[_query()]),
        _op(parameters=[_query(explode=False)]),
        _op(parameters=[_query()]),
        _op(parameters=[_query(style="form", explode=True)]),
    ),
    "request-body-added-required": (_ONE_OP, _op(**_body(True, _JSON)), _ONE_OP, _op(**_body(False, _JSON))),
    "request-body-added-optional": (_ONE_OP, _op(**_body(False, _JSON)), _ONE_OP, _op(**_body(False, _JSON))),
    "request-body-removed": (
        _op(**_body(False, _JSON)),
        _ONE_OP,
        _op(**_body(False, _JSON)),
        _op(**_body(False, _JSON)),
    ),
    "request-body-became-required": (
        _op(**_body(False, _JSON)),
        _op(**_body(True, _JSON)),
        _op(**_body(True, _JSON)),
        _op(**_body(False, _JSON)),
    ),
    "request-body-became-optional": (
        _op(**_body(True, _JSON)),
        _op(**_body(False, _JSON)),
        _op(**_body(True, _JSON)),
        _op(**_body(False, _JSON)),
    ),
    "request-media-type-added": (
        _op(**_body(True, _JSON)),
        _op(**_body(True, _JSON, "text/plain")),
        _op(**_body(True, _JSON)),
        _op(**_body(True, _JSON, "text/plain")),
    ),
    "request-media-type-removed": (
        _op(**_body(True, _JSON, "text/plain")),
        _op(**_body(True, _JSON)),
        _op(**_body(True, _JSON)),
        _op(**_body(True, "*/*")),
    ),
    "response-success-status-removed": (
        _op(**_answers("200", "201")),
        _op(**_answers("200")),
        _op(**_answers("200", "201")),
        _op(**_answers("200", "2XX")),
    ),
    "response-success-status-added": (
        _op(**_answers("200")),
        _op(**_answers("200", "201")),
        _op(**_answers("200")),
        _op(**_answers("200", "201")),
    ),
    "response-error-status-removed": (
        _op(**_answers("200", "404")),
        _op(**_answers("200")),
        _op(**_answers("200", "404")),
        _op(**_answers("200")),
    ),
    "response-error-status-added": (
        _op(**_answers("200")),
        _op(**_answers("200", "404")),
        _op(**_answers("200")),
        _op(**_answers("200", "404")),
    ),
    "response-media-type-removed": (
        _op(**_answers("200", media=(_JSON, "application/xml"))),
        _op(**_answers("200", media=(_JSON,))),
        _op(**_answers("200", media=(_JSON,))),
        _op(**_answers("200", media=(_JSON + "; charset=utf-8",))),
    ),
    "response-media-type-added": (
        _op(**_answers("200", media=(_JSON,))),
        _op(**_answers("200", media=(_JSON, "text/csv"))),
        _op(**_answers("200", media=(_JSON,))),
        _op(**_answers("200", media=(_JSON, "text/csv"))),
    ),
    "response-required-header-removed": (
        _op(**_answers("200", headers=_REQUIRED_HEADER)),
        _op(**_answers("200", headers={})),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers={})),
    ),
    "response-optional-header-removed": (
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers={})),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers={})),
    ),
    "response-header-added": (
        _op(**_answers("200", headers={})),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers={})),
        _op(**_answers("200", headers=_HEADER)),
    ),
    "response-header-became-optional": (
        _op(**_answers("200", headers=_REQUIRED_HEADER)),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers=_REQUIRED_HEADER)),
    ),
    "response-header-became-required": (
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers=_REQUIRED_HEADER)),
        _op(**_answers("200", headers=_HEADER)),
        _op(**_answers("200", headers=_REQUIRED_HEADER)),
    ),
    "security-required": (_secured(), _secured({"key": []}), _secured({"key": []}), _secured()),
    "security-removed": (_secured({"key": []}), _secured(), _secured({"key": []}), _secured()),
    "security-alternative-removed": (
        _secured({"key": []}, {"oauth": []}),
        _secured({"key": []}),
        _secured({"key": []}),
        _secured({"key": []}, {"oauth": []}),
    ),
    "security-alternative-added": (
        _secured({"key": []}),
        _secured({"key": []}, {"oauth": []}),
        _secured({"key": []}),
        _secured({"key": []}, {"oauth": []}),
    ),
    "security-scope-added": (
        _secured({"oauth": ["read"]}),
        _secured({"oauth": ["read", "write"]}),
        _secured({"oauth": ["read", "write"]}),
        _secured({"oauth": ["read"]}),
    ),
    "security-scope-removed": (
        _secured({"oauth": ["read", "write"]}),
        _secured({"oauth": ["read"]}),
        _secured({"oauth": ["read", "write"]}),
        _secured({"oauth": ["read"]}),
    ),
    "security-scheme-added": (
        _secured(schemes={}),
        _secured(schemes={"key": _KEY}),
        _secured(schemes={}),
        _secured(schemes={"key": _KEY}),
    ),
    "security-scheme-removed": (
        _secured(schemes={"key": _KEY}),
        _secured(schemes={}),
        _secured(schemes={"key": _KEY}),
        _secured(schemes={}),
    ),
    "security-scheme-changed": (
        _secured(schemes={"key": _KEY}),
        _secured(schemes={"key": {**_KEY, "name": "X-Api-Key"}}),
        _secured(schemes={"key": _KEY}),
        _secured(schemes={"key": {**_KEY, "description": "x"}}),
    ),
    "security-scheme-flow-changed": (
        _secured(schemes={"o": {"type": "oauth2", "flows": {}}}),
        _secured(
            schemes={"o": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://x", "scopes": {}}}}}
        ),
        _secured(schemes={"o": {"type": "oauth2", "flows": {}}}),
        _secured(
            schemes={"o": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://x", "scopes": {}}}}}
        ),
    ),
    "webhook-removed": (_webhook("post", "put"), _webhook("post"), _webhook("post"), _webhook("post", "put")),
    "webhook-added": (_webhook("post"), _webhook("post", "put"), _webhook("post"), _webhook("post", "put")),
}
