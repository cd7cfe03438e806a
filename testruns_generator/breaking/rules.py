"""Every rule of the checker, as data: id, level, direction, category and message.

oasdiff's published rule list (``checker/rules.go``) is the checklist; the
rules, their names and their judgement are ours. Most schema rules come in
pairs, one per direction, derived from one entry of ``SCHEMA_CHANGES``:

- a change that *narrows* what a schema allows (a maximum lowered, a property
  made required, an enum value removed) breaks a caller who sends (``request``)
  and is harmless to one who reads (``response``);
- a change that *widens* it (a minimum lowered, a type added, a new
  ``anyOf`` branch) breaks the reader and is harmless to the sender;
- an *incomparable* change (a type replaced, a ``const`` changed) breaks both.

Levels: ``error`` (breaks a caller), ``warning`` (may break some, read it),
``info`` (nothing breaks). ``adds`` marks an info rule that offers callers
something new, which is what makes a release minor rather than patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LEVELS", "RULES", "Direction", "Level", "Rule", "rule"]

Level = Literal["error", "warning", "info"]
Direction = Literal["request", "response", "none"]
LEVELS: tuple[Level, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Rule:
    """One kind of change: how bad it is, for whom, and how it reads (``message`` is a format string)."""

    id: str
    level: Level
    direction: Direction
    category: str
    message: str
    adds: bool = False


Effect = Literal["narrows", "widens", "incomparable", "neutral"]

# (change, effect, message): each gives ``request-<change>`` and ``response-<change>``.
SCHEMA_CHANGES: list[tuple[str, Effect, str]] = [
    ("type-widened", "widens", "type {old} → {new} (widened)"),
    ("type-narrowed", "narrows", "type {old} → {new} (narrowed)"),
    ("type-changed", "incomparable", "type {old} → {new}"),
    ("became-nullable", "widens", "may now be null"),
    ("became-not-nullable", "narrows", "may no longer be null"),
    ("format-added", "narrows", "format {new} added"),
    ("format-removed", "widens", "format {old} removed"),
    ("format-widened", "widens", "format {old} → {new} (wider)"),
    ("format-changed", "incomparable", "format {old} → {new}"),
    ("became-enum", "narrows", "now limited to {new}"),
    ("enum-dropped", "widens", "no longer limited to an enum"),
    ("enum-value-removed", "narrows", "enum value(s) removed: {values}"),
    ("enum-value-added", "widens", "enum value(s) added: {values}"),
    ("const-added", "narrows", "now always {new}"),
    ("const-removed", "widens", "no longer always {old}"),
    ("const-changed", "incomparable", "const {old} → {new}"),
    ("pattern-added", "narrows", "pattern {new} added"),
    ("pattern-removed", "widens", "pattern {old} removed"),
    ("pattern-widened", "widens", "pattern {old} → {new} (matches anything)"),
    ("pattern-changed", "incomparable", "pattern {old} → {new}"),
    ("multiple-of-set", "narrows", "multipleOf {new} set"),
    ("multiple-of-unset", "widens", "multipleOf {old} removed"),
    ("multiple-of-widened", "widens", "multipleOf {old} → {new} (wider)"),
    ("multiple-of-narrowed", "narrows", "multipleOf {old} → {new} (narrower)"),
    ("multiple-of-changed", "incomparable", "multipleOf {old} → {new}"),
    ("unique-items-set", "narrows", "items must now be unique"),
    ("unique-items-unset", "widens", "items need no longer be unique"),
    ("any-of-branch-added", "widens", "anyOf gains a branch"),
    ("any-of-branch-removed", "narrows", "anyOf loses a branch"),
    ("one-of-branch-added", "widens", "oneOf gains a branch"),
    ("one-of-branch-removed", "narrows", "oneOf loses a branch"),
    ("all-of-branch-added", "narrows", "allOf gains a branch"),
    ("all-of-branch-removed", "widens", "allOf loses a branch"),
    ("additional-properties-forbidden", "narrows", "no longer takes other properties"),
    ("prefix-items-added", "narrows", "prefixItems gains an item"),
    ("prefix-items-removed", "widens", "prefixItems loses an item"),
    ("pattern-property-added", "narrows", "patternProperties gains {key}"),
    ("pattern-property-removed", "widens", "patternProperties loses {key}"),
    ("dependent-required-added", "narrows", "{key} now requires {values}"),
    ("dependent-required-removed", "widens", "{key} no longer requires {values}"),
    ("dependent-schema-added", "narrows", "dependentSchemas gains {key}"),
    ("dependent-schema-removed", "widens", "dependentSchemas loses {key}"),
    ("content-media-type-changed", "incomparable", "contentMediaType {old} → {new}"),
    ("content-encoding-changed", "incomparable", "contentEncoding {old} → {new}"),
    ("if-changed", "incomparable", "the if condition changed"),
    ("default-changed", "neutral", "default {old} → {new}"),
    ("discriminator-changed", "neutral", "discriminator {old} → {new}"),
    ("read-only-changed", "neutral", "readOnly {old} → {new}"),
    ("write-only-changed", "neutral", "writeOnly {old} → {new}"),
    ("extensible-enum-value-added", "neutral", "x-extensible-enum value(s) added: {values}"),
]

# Sub-schemas whose appearance narrows (and disappearance widens) what a schema allows.
SUBSCHEMA_KEYWORDS = (
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contentSchema",
)
for _keyword in SUBSCHEMA_KEYWORDS:
    _name = "".join(f"-{c.lower()}" if c.isupper() else c for c in _keyword)
    SCHEMA_CHANGES.append((f"{_name}-added", "narrows", f"{_keyword} added"))
    SCHEMA_CHANGES.append((f"{_name}-removed", "widens", f"{_keyword} removed"))

# Bounds: an upper bound that falls, or a lower bound that rises, narrows.
BOUNDS: dict[str, Literal["upper", "lower"]] = {
    "maximum": "upper",
    "exclusiveMaximum": "upper",
    "maxLength": "upper",
    "maxItems": "upper",
    "maxProperties": "upper",
    "maxContains": "upper",
    "minimum": "lower",
    "exclusiveMinimum": "lower",
    "minLength": "lower",
    "minItems": "lower",
    "minProperties": "lower",
    "minContains": "lower",
}


def kebab(keyword: str) -> str:
    """``maxLength`` → ``max-length``."""
    return "".join(f"-{c.lower()}" if c.isupper() else c for c in keyword)


for _keyword, _side in BOUNDS.items():
    _narrow = "decreased" if _side == "upper" else "increased"
    _wide = "increased" if _side == "upper" else "decreased"
    SCHEMA_CHANGES += [
        (f"{kebab(_keyword)}-set", "narrows", f"{_keyword} {{new}} set"),
        (f"{kebab(_keyword)}-unset", "widens", f"{_keyword} {{old}} removed"),
        (f"{kebab(_keyword)}-{_narrow}", "narrows", f"{_keyword} {{old}} → {{new}}"),
        (f"{kebab(_keyword)}-{_wide}", "widens", f"{_keyword} {{old}} → {{new}}"),
    ]

# Where our judgement departs from the narrows/widens symmetry: (change, direction) -> level.
# (A new plain enum value in an answer is an error by the symmetry, and rightly: the generated client's enum
# class rejects a value it does not know. An x-extensible-enum announces new values, so those are info. There
# is no rule for additionalProperties allowed again: readers keep unknown properties, senders lose nothing.)
OVERRIDES: dict[tuple[str, Direction], Level] = {
    # Whether another pattern takes what the old one took is not worked out here: worth a reader's look.
    ("pattern-changed", "request"): "warning",
    ("pattern-changed", "response"): "warning",
    # Whether a new condition narrows or widens depends on its then/else: worth a reader's look.
    ("if-changed", "request"): "warning",
    ("if-changed", "response"): "warning",
}

# The property and lifecycle rules of a schema, one direction each: (id, level, message, adds).
PROPERTY_RULES: list[tuple[str, Level, str, bool]] = [
    ("request-new-required-property", "error", "new required property {name}", False),
    ("request-new-optional-property", "info", "new optional property {name}", True),
    ("request-property-removed", "warning", "property {name} removed (the server may ignore or refuse it)", False),
    ("request-property-became-required", "error", "property {name} is now required", False),
    ("request-property-became-optional", "info", "property {name} is no longer required", True),
    ("response-new-property", "info", "new property {name}", True),
    ("response-required-property-removed", "error", "required property {name} removed", False),
    ("response-optional-property-removed", "warning", "optional property {name} removed", False),
    ("response-property-became-optional", "error", "property {name} may now be absent", False),
    ("response-property-became-required", "info", "property {name} is now always present", False),
    ("request-property-deprecated", "info", "property {name} deprecated{sunset}", False),
    ("response-property-deprecated", "info", "property {name} deprecated{sunset}", False),
    ("request-property-removed-before-sunset", "error", "property {name} removed before its sunset {date}", False),
    ("response-property-removed-before-sunset", "error", "property {name} removed before its sunset {date}", False),
]

# Everything outside schemas: (id, level, direction, category, message, adds).
OTHER_RULES: list[tuple[str, Level, Direction, str, str, bool]] = [
    # paths and operations
    ("endpoint-removed", "error", "none", "paths", "{method} {path} removed without deprecation", False),
    ("endpoint-removed-after-deprecation", "info", "none", "paths", "{method} {path} removed (deprecated)", False),
    ("endpoint-added", "info", "none", "paths", "{method} {path} added", True),
    (
        "operation-id-changed",
        "warning",
        "none",
        "paths",
        "operationId {old} → {new} (the generated function is renamed)",
        False,
    ),
    ("server-removed", "warning", "none", "paths", "server {old} removed", False),
    ("server-added", "info", "none", "paths", "server {new} added", False),
    # deprecation and sunset
    (
        "endpoint-removed-before-sunset",
        "error",
        "none",
        "lifecycle",
        "{method} {path} removed before its sunset {date}",
        False,
    ),
    ("endpoint-deprecated", "info", "none", "lifecycle", "deprecated{sunset}", False),
    ("endpoint-reactivated", "info", "none", "lifecycle", "no longer deprecated", False),
    ("endpoint-sunset-earlier", "error", "none", "lifecycle", "sunset moved earlier: {old} → {new}", False),
    ("endpoint-sunset-removed", "warning", "none", "lifecycle", "sunset {old} removed while still deprecated", False),
    ("sunset-invalid", "warning", "none", "lifecycle", "x-sunset {new} is not a date (YYYY-MM-DD)", False),
    ("request-parameter-deprecated", "info", "request", "lifecycle", "deprecated{sunset}", False),
    ("request-parameter-reactivated", "info", "request", "lifecycle", "no longer deprecated", False),
    (
        "request-parameter-removed-before-sunset",
        "error",
        "request",
        "lifecycle",
        "removed before its sunset {date}",
        False,
    ),
    # parameters
    (
        "new-required-request-parameter",
        "error",
        "request",
        "parameters",
        "new required {place} parameter {name}",
        False,
    ),
    ("new-optional-request-parameter", "info", "request", "parameters", "new optional {place} parameter {name}", True),
    ("request-parameter-removed", "warning", "request", "parameters", "{place} parameter {name} removed", False),
    (
        "request-parameter-removed-after-deprecation",
        "info",
        "request",
        "parameters",
        "{place} parameter {name} removed (deprecated)",
        False,
    ),
    ("request-parameter-became-required", "error", "request", "parameters", "now required", False),
    ("request-parameter-became-optional", "info", "request", "parameters", "no longer required", True),
    ("request-parameter-location-changed", "error", "request", "parameters", "moved from {old} to {new}", False),
    (
        "request-path-parameter-renamed",
        "warning",
        "request",
        "parameters",
        "renamed {old} → {new} (the generated keyword changes)",
        False,
    ),
    ("request-parameter-style-changed", "error", "request", "parameters", "serialization {old} → {new}", False),
    # request bodies
    ("request-body-added-required", "error", "request", "bodies", "now needs a request body", False),
    ("request-body-added-optional", "info", "request", "bodies", "now takes an optional request body", True),
    ("request-body-removed", "error", "request", "bodies", "no longer takes a request body", False),
    ("request-body-became-required", "error", "request", "bodies", "request body now required", False),
    ("request-body-became-optional", "info", "request", "bodies", "request body no longer required", True),
    ("request-media-type-added", "info", "request", "bodies", "request body also as {name}", True),
    ("request-media-type-removed", "error", "request", "bodies", "request body no longer as {name}", False),
    # responses, headers, media types
    ("response-success-status-removed", "error", "response", "responses", "status {name} removed", False),
    ("response-success-status-added", "info", "response", "responses", "status {name} added", True),
    ("response-error-status-removed", "info", "response", "responses", "status {name} removed", False),
    ("response-error-status-added", "info", "response", "responses", "status {name} added", False),
    ("response-media-type-removed", "error", "response", "responses", "no longer answers {name}", False),
    ("response-media-type-added", "info", "response", "responses", "also answers {name}", True),
    ("response-required-header-removed", "error", "response", "responses", "required header {name} removed", False),
    ("response-optional-header-removed", "warning", "response", "responses", "optional header {name} removed", False),
    ("response-header-added", "info", "response", "responses", "header {name} added", True),
    ("response-header-became-optional", "error", "response", "responses", "header {name} may now be absent", False),
    ("response-header-became-required", "info", "response", "responses", "header {name} now always sent", False),
    # security
    ("security-required", "error", "none", "security", "now needs {new}", False),
    ("security-removed", "info", "none", "security", "no longer needs {old}", False),
    ("security-alternative-removed", "error", "none", "security", "{old} no longer accepted", False),
    ("security-alternative-added", "info", "none", "security", "{new} now accepted too", True),
    ("security-scope-added", "error", "none", "security", "{name} now needs scope(s) {values}", False),
    ("security-scope-removed", "info", "none", "security", "{name} no longer needs scope(s) {values}", False),
    ("security-scheme-added", "info", "none", "security", "security scheme {name} added", False),
    ("security-scheme-removed", "info", "none", "security", "security scheme {name} removed", False),
    ("security-scheme-changed", "error", "none", "security", "security scheme {name}: {key} {old} → {new}", False),
    ("security-scheme-flow-changed", "info", "none", "security", "security scheme {name}: {key} changed", False),
    # webhooks
    ("webhook-removed", "error", "none", "webhooks", "webhook {name} {method} removed", False),
    ("webhook-added", "info", "none", "webhooks", "webhook {name} {method} added", True),
    # the manifest (what the facade reads)
    ("vendor-added", "info", "none", "manifest", "new vendor", True),
    ("vendor-removed", "error", "none", "manifest", "vendor removed", False),
    ("facade-operation-added", "info", "none", "manifest", "new facade operation {name}", True),
    ("facade-operation-removed", "error", "none", "manifest", "the facade no longer has {name}", False),
    ("facade-operation-remapped", "error", "none", "manifest", "{name} now calls {new} (was {old})", False),
    ("facade-operation-gone", "error", "none", "manifest", "{name}'s operation {new} is gone from the spec", False),
    (
        "manifest-pointer-moved",
        "error",
        "none",
        "manifest",
        "the {name} the manifest reads at {new} moved or was removed",
        False,
    ),
    ("manifest-auth-changed", "error", "none", "manifest", "how the key is sent changed (manifest auth)", False),
    ("manifest-region-removed", "error", "none", "manifest", "region {name} removed", False),
    ("manifest-region-changed", "warning", "none", "manifest", "region {name}: {old} → {new}", False),
    ("manifest-region-added", "info", "none", "manifest", "region {name} added", True),
    # the generated Python (griffe)
    ("python-api-broken", "error", "none", "python", "{new}", False),
    ("python-module-removed", "error", "none", "python", "module removed", False),
]


def _level(effect: Effect, direction: Direction) -> Level:
    if effect == "incomparable":
        return "error"
    if effect == "neutral":
        return "info"
    breaks = (effect == "narrows") == (direction == "request")
    return "error" if breaks else "info"


def _build() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for change, effect, message in SCHEMA_CHANGES:
        for direction in ("request", "response"):
            level = OVERRIDES.get((change, direction), _level(effect, direction))
            adds = level == "info" and effect == "widens" and direction == "request"
            rules[f"{direction}-{change}"] = Rule(f"{direction}-{change}", level, direction, "schemas", message, adds)
    for rule_id, level, message, adds in PROPERTY_RULES:
        side: Direction = "request" if rule_id.startswith("request-") else "response"
        category = "lifecycle" if "deprecated" in rule_id or "sunset" in rule_id else "schemas"
        rules[rule_id] = Rule(rule_id, level, side, category, message, adds)
    for rule_id, level, direction, category, message, adds in OTHER_RULES:
        rules[rule_id] = Rule(rule_id, level, direction, category, message, adds)
    return rules


RULES: dict[str, Rule] = _build()


def rule(rule_id: str) -> Rule:
    """The rule of that id (a KeyError for an unknown one is a bug in the checker)."""
    return RULES[rule_id]
