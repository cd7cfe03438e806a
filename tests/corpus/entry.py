"""A manifest entry written from a document, as a user adding the vendor would write it.

The trigger is a POST or PUT with a JSON body (or none) and a 2xx answer; the run id is read where the
answer names an id (else the caller's parameter names the run); the auth is the operation's security
scheme; the regions are the servers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from testruns.vendors import resolve, spec_operations, success_answer
from testruns_generator.effective_spec import IGNORED_HEADERS

VENDOR = "corpus"
PACKAGE = "testruns_clients.corpus"
KEY_ENV = "CORPUS_API_KEY"


@dataclass(frozen=True)
class Trigger:
    """The operation chosen as the trigger, and where its answer holds the run id."""

    operation_id: str
    method: str
    template: str
    run_id: str | dict[str, str]


def _is_json(media: str) -> bool:
    plain = media.split(";", 1)[0].strip().lower()
    return plain == "application/json" or plain.endswith("+json")


def _properties(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The properties a schema declares, its ``allOf`` parts' included."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return {}
    found = dict(schema.get("properties") or {}) if isinstance(schema.get("properties"), Mapping) else {}
    for part in schema.get("allOf") or []:
        found.update(_properties(spec, part))
    return found


def _escaped(name: str) -> str:
    return "/" + name.replace("~", "~0").replace("/", "~1")


def _holds_fields(spec: Mapping[str, Any], schema: Any) -> bool:
    """Whether ``schema`` is an object or a list, which a run id never is (Autotask's ``itemId`` object)."""
    resolved = resolve(spec, schema)
    return isinstance(resolved, Mapping) and (
        resolved.get("type") in ("object", "array") or "properties" in resolved or "items" in resolved
    )


def _id_field(spec: Mapping[str, Any], schema: Any) -> str | None:
    """The field named ``id``, else the first whose name ends in ``id`` (``runId``, ``uuid``); never an object
    or a list."""
    fields = _properties(spec, schema)
    names = [name for name, value in fields.items() if not _holds_fields(spec, value)]
    exact = [name for name in names if name.lower() == "id"]
    ending = [name for name in names if name.lower().endswith("id")]
    return next(iter(exact or ending), None)


def _run_id_pointer(spec: Mapping[str, Any], schema: Any) -> str | None:
    """The answer's id: a top-level field named like one, else one inside a top-level object (``/data/id``),
    else the answer's first field that looks like an id (``_id_like``)."""
    top = _id_field(spec, schema)
    if top is not None:
        return _escaped(top)
    fields = _properties(spec, schema)
    for name, value in fields.items():
        inner = _id_field(spec, value)
        if inner is not None:
            return _escaped(name) + _escaped(inner)
    return next((_escaped(name) for name, value in fields.items() if _id_like(spec, value)), None)


def _id_like(spec: Mapping[str, Any], schema: Any) -> bool:
    """What a user would take for a run id: an integer, or text of no format but a UUID and no enum (a date, an
    object or a list never is)."""
    resolved = resolve(spec, schema)
    if not isinstance(resolved, Mapping):
        return False
    if "type" not in resolved and isinstance(resolved.get("allOf"), list):  # AWS types a field through allOf
        return any(_id_like(spec, member) for member in resolved["allOf"])
    kind = resolved.get("type")
    text = kind == "string" and resolved.get("format") in (None, "uuid") and "enum" not in resolved
    return kind == "integer" or text


def _snake(name: str) -> str:
    """A spec name as the facade's (``jobId`` -> ``job_id``), near enough for the caller's run id."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-z]+", "_", words.lower()).strip("_")


def _run_id(spec: Mapping[str, Any], operation: Any, parameters: list[dict[str, Any]]) -> str | dict[str, str] | None:
    """Where the run id is: a field of the JSON answer, else the caller's path parameter; None when neither.

    Only a path parameter names what the call acts on: a query or header one (``$.xgafv``, a tenant header) is
    an option, often left out, never the run.
    """
    _, answer = success_answer(operation)
    pointer = _run_id_pointer(spec, answer) if answer is not None else None
    if pointer is not None:
        return pointer
    named = [p for p in parameters if p.get("in") == "path"]
    caller = _snake(str(named[0].get("name", ""))) if named else ""
    return {"parameter": caller} if re.fullmatch(r"[a-z][a-z0-9_]*", caller) else None


def _candidates(spec: Mapping[str, Any]) -> list[tuple[tuple[int, ...], Trigger]]:
    found: list[tuple[tuple[int, ...], Trigger]] = []
    for index, op in enumerate(spec_operations(spec)):
        if op.method not in ("post", "put") or not op.operation_id:
            continue
        content = op.request_body.get("content") if isinstance(op.request_body, Mapping) else None
        if content and not any(_is_json(media) for media in content):
            continue
        if success_answer(op.operation)[0] is None:
            continue
        run_id = _run_id(spec, op.operation, op.parameters)
        if run_id is None:
            continue
        cookies = any(p.get("in") == "cookie" for p in op.parameters)
        body = next((resolve(spec, v.get("schema")) for m, v in (content or {}).items() if _is_json(m)), None)
        not_object = isinstance(body, Mapping) and body.get("type") not in (None, "object")
        score = (int(cookies), int(not_object), int(not isinstance(run_id, str)), index)
        found.append((score, Trigger(op.operation_id, op.method, op.template, run_id)))
    return found


def find_trigger(spec: Mapping[str, Any]) -> Trigger | None:
    """The best trigger of ``spec``: no cookie parameter, an object body (or none), an answer naming an id,
    earliest in the document."""
    if not str(spec.get("openapi", "")).startswith("3."):
        return None
    candidates = _candidates(spec)
    return min(candidates, key=lambda pair: pair[0])[1] if candidates else None


def _requirement(spec: Mapping[str, Any], trigger: Trigger) -> list[str]:
    operation = spec["paths"][trigger.template][trigger.method]
    requirements = operation.get("security", spec.get("security")) or []
    for requirement in requirements:
        if isinstance(requirement, Mapping) and requirement:
            return list(requirement)
    return []


def auth_entry(spec: Mapping[str, Any], trigger: Trigger) -> tuple[dict[str, Any], str]:
    """The manifest's ``auth`` for the trigger's security scheme, and a note where it is approximated."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    headers: list[dict[str, str]] = []
    for number, name in enumerate(_requirement(spec, trigger), start=1):
        scheme = resolve(spec, schemes.get(name))
        if not isinstance(scheme, Mapping):
            continue
        kind, where = scheme.get("type"), scheme.get("in")
        if kind == "apiKey" and where == "header":
            headers.append({"header": str(scheme.get("name")), "env": f"CORPUS_KEY_{number}"})
        elif not headers and kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            return {"scheme": "basic", "env": "CORPUS_USER", "password_env": "CORPUS_PASSWORD"}, ""
        elif not headers and (kind in ("oauth2", "openIdConnect") or kind == "http"):
            return {"scheme": "bearer", "env": KEY_ENV}, ""
        elif not headers:
            return {"scheme": "bearer", "env": KEY_ENV}, f"auth approximated ({kind} in {where})"
    if len(headers) == 1:
        return {"scheme": "api_key_header", "header": headers[0]["header"], "env": KEY_ENV}, ""
    if headers:
        return {"scheme": "api_key_header", "headers": headers}, ""
    return {"scheme": "bearer", "env": KEY_ENV}, "no security declared"


def key_defaults(spec: Mapping[str, Any], trigger: Trigger, auth: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """A header parameter of the trigger that is also its key's header (VTEX declares both) takes the key's
    variable as its default, as a user would write it: else the caller must pass the key as an option too."""
    keys = {str(auth["header"]).lower(): str(auth["env"])} if "header" in auth else {}
    keys |= {str(item["header"]).lower(): str(item["env"]) for item in auth.get("headers", [])}
    operation = spec["paths"][trigger.template][trigger.method]
    item = spec["paths"][trigger.template]
    found: dict[str, dict[str, str]] = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, parameter)
        name = str(parameter.get("name", "")) if isinstance(parameter, Mapping) else ""
        # Authorization and its kin are no parameters at all: the generator leaves them out, as OpenAPI says.
        if parameter.get("in") == "header" and name.lower() in keys and name.lower() not in IGNORED_HEADERS:
            found[_snake(name)] = {"env": keys[name.lower()]}
    return found


def regions(spec: Mapping[str, Any]) -> dict[str, str]:
    """One region per server, its variables at their defaults."""
    found: dict[str, str] = {}
    for server in spec.get("servers") or [{"url": "/"}]:
        url = str(server.get("url", "/"))
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        if url not in found.values():
            found["default" if not found else f"server{len(found) + 1}"] = url
    return found


def manifest_entry(spec: Mapping[str, Any], spec_file: str) -> tuple[dict[str, Any], str]:
    """The vendor's manifest entry for ``spec`` (as JSON data), and a note on what it approximates."""
    trigger = find_trigger(spec)
    if trigger is None:
        raise ValueError("no POST or PUT operation with a JSON or empty body and a 2xx answer that names a run id")
    auth, note = auth_entry(spec, trigger)
    servers = regions(spec)
    entry = {
        "id": VENDOR,
        "name": str((spec.get("info") or {}).get("title") or "Corpus document")[:80] or "Corpus document",
        "spec": spec_file,
        "package": PACKAGE,
        "auth": auth,
        "regions": servers,
        "default_region": next(iter(servers)),
        "operations": {"trigger": {"operation_id": trigger.operation_id, "run_id": trigger.run_id}},
    }
    defaults = key_defaults(spec, trigger, auth)
    if defaults:
        entry["defaults"] = defaults
    return entry, note
