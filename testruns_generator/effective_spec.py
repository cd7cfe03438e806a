"""A vendor's effective spec: its document with our overlay applied, checked before any code is made."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

from testruns.vendors import DATA_KEYS, METHODS, NAME_MAPS, Manifest, VendorEntry, ref_steps, resolve

from .documents import read_document
from .errors import GenerationError
from .pointers import check_run_ids, check_state_words


def _escape(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def json_pointer(parts: Any) -> str:
    """RFC 6901 pointer for a sequence of keys and indices."""
    return "#/" + "/".join(_escape(p) for p in parts) if parts else "#"


# Values that are data whatever their keys; a media type's ``examples`` map is not among them here, as it holds
# Example Objects, which may be references.
_DATA = DATA_KEYS - {"examples"}


def _refs(
    node: Any, path: tuple[str | int, ...] = (), *, names: bool = False
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every ``$ref`` under ``node`` and its path. ``names``: ``node``'s keys are names (GitHub's property called
    ``$ref``), not keywords; data (an example, a default) holds no reference."""
    if isinstance(node, dict):
        if "$ref" in node and not names:
            yield (*path, "$ref"), node["$ref"]
        for key, value in node.items():
            if names or key not in _DATA:
                yield from _refs(value, (*path, key), names=not names and key in NAME_MAPS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, (*path, index))


_SCHEMAS = "#/components/schemas/"


def _schema_refs(node: Any) -> set[str]:
    """The component schemas ``node`` names in its own ``$ref`` s (``#/components/schemas/<name>...``)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMAS):
                found.add(ref_steps(ref)[2])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def used_schemas(node: Any, schemas: dict[str, Any]) -> set[str]:
    """The names of the component ``schemas`` that ``node`` uses, itself or through them."""
    used: set[str] = set()
    todo = _schema_refs(node)
    while todo:
        name = todo.pop()
        if name not in used and name in schemas:
            used.add(name)
            todo |= _schema_refs(schemas[name]) - used
    return used


def _resolves(document: Any, ref: str) -> bool:
    node = document
    for part in ref_steps(ref):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def check_references(spec: Any, *, vendor: str, file: Path) -> None:
    """Every ``$ref`` is local and points at something; the error gives the referrer's pointer."""
    for path, ref in _refs(spec):
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise GenerationError(
                f"$ref {ref!r} is not a local reference ('#/...'); specs must be self-contained",
                vendor=vendor,
                file=file,
                location=json_pointer(path),
            )
        if not _resolves(spec, ref):
            raise GenerationError(
                f"dangling $ref {ref!r}: nothing at that pointer", vendor=vendor, file=file, location=json_pointer(path)
            )


def _spec_validators() -> tuple[Any, Any]:
    """openapi-spec-validator's 3.0 and 3.1 validators, loaded without requests.

    jsonschema-path loads requests whenever it is installed (here it comes with schemathesis), only to fetch
    remote references, which ``check_references`` has refused already; without it, it falls back on urllib,
    as it does where requests is not installed. That is about a third of the validator's load. Once loaded,
    requests is importable again as ever.
    """
    kept_out = "requests" not in sys.modules
    if kept_out:
        sys.modules["requests"] = None  # type: ignore[assignment]
    try:
        from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator  # noqa: PLC0415
    finally:
        if kept_out and sys.modules.get("requests", ...) is None:
            del sys.modules["requests"]
    return OpenAPIV30SpecValidator, OpenAPIV31SpecValidator


def validate_openapi(spec: Any, *, vendor: str, file: Path) -> list[str]:
    """Validate against the OpenAPI 3.0/3.1 schema with openapi-spec-validator; a note for each value of the
    document that breaks its own schema (see ``validator_findings``), an error for anything else."""
    from .validator_findings import document_path, findings  # noqa: PLC0415

    validator_30, validator_31 = _spec_validators()

    version = str(spec.get("openapi", "")) if isinstance(spec, dict) else ""
    if version.startswith("3.1"):
        validator: Any = validator_31(spec)
    elif version.startswith("3.0"):
        validator = validator_30(spec)
    else:
        raise GenerationError(
            f"'openapi' must be a 3.0.x or 3.1.x version, got {version or 'nothing'!r}",
            vendor=vendor,
            file=file,
            location="#/openapi",
        )
    notes: list[str] = []
    for is_error, error in findings(validator):
        path = document_path(spec, error)
        if not is_error:
            where = f" at {json_pointer(path)}" if path else ""
            notes.append(f"{vendor}: the spec validator's finding{where}, which changes no code: {error.message[:200]}")
            continue
        raise GenerationError(
            f"not a valid OpenAPI {version} document: {error.message}",
            vendor=vendor,
            file=file,
            location=json_pointer(path),
        )
    return notes


def effective_spec(vendor: VendorEntry, manifest: Manifest, document: Any = None) -> dict[str, Any]:
    """The vendor's document with its overlay applied; not yet validated.

    The document is read from the vendor's spec file, unless given (a fetched one, not yet written).
    """
    from .overlay import apply_overlay  # noqa: PLC0415

    spec_file = manifest.specs_dir / vendor.spec
    spec = read_document(spec_file, vendor=vendor.id) if document is None else document
    if not isinstance(spec, dict):
        raise GenerationError("an OpenAPI document must be a mapping", vendor=vendor.id, file=spec_file)
    if vendor.overlay:
        published: GenerationError | None = None
        try:
            check_references(spec, vendor=vendor.id, file=spec_file)
        except GenerationError as error:
            published = error  # unless the overlay mends it, it is the vendor document's: name that file
        overlay_file = manifest.specs_dir / vendor.overlay
        overlay = read_document(overlay_file, vendor=vendor.id)
        spec = apply_overlay(spec, overlay, file=overlay_file, vendor=vendor.id)
        if published is not None:
            try:
                check_references(spec, vendor=vendor.id, file=overlay_file)
            except GenerationError:
                raise published from None
    return dict(spec)


# Header parameters the request's own parts say: OpenAPI 3 says a parameter definition naming Accept, Content-Type
# or Authorization SHALL be ignored (the media types and security say them), and Content-Length is the HTTP
# client's to set from the body. Given as options, they would clash with those (a JSON body sent as another type).
# Lower-case name -> why it is left out.
IGNORED_HEADERS: dict[str, str] = {
    "accept": "OpenAPI ignores it: the answers' media types say it",
    "content-type": "OpenAPI ignores it: the request body's media type says it",
    "authorization": "OpenAPI ignores it: the security schemes say it",
    "content-length": "the HTTP client sets it from the body (h11 refuses one given)",
}


def _ignored_header(spec: dict[str, Any], parameter: Any) -> str | None:
    """The name of ``parameter`` if it is a header the request's own parts say, else None."""
    resolved = resolve(spec, parameter)
    if not isinstance(resolved, dict) or resolved.get("in") != "header" or not isinstance(resolved.get("name"), str):
        return None
    return resolved["name"] if resolved["name"].lower() in IGNORED_HEADERS else None


# The scheme a required Authorization header parameter stands for where the spec declares no security (Azure
# Monitor's metrics API): the parameter says each call carries credentials, and the manifest's auth says which.
AUTHORIZATION_SCHEME = "Authorization header parameter"


def _declares_no_security(spec: dict[str, Any], operation: dict[str, Any]) -> bool:
    return not operation.get("security", spec.get("security"))


def without_ignored_headers(spec: dict[str, Any], vendor: str) -> tuple[dict[str, Any], list[str]]:
    """``spec`` without header parameters named Accept, Content-Type, Authorization or Content-Length, and a note
    for each one left out (``spec`` itself when there is none).

    A required Authorization one, on an operation the spec declares no security for, becomes its security (an
    API key in that header, ``AUTHORIZATION_SCHEME``): the facade sends the key, and the sandbox demands it.
    """
    result: dict[str, Any] | None = None
    notes: list[str] = []
    for template, method, owner in _parameter_owners(spec):
        names = [_ignored_header(spec, p) for p in owner["parameters"]]
        if not any(names):
            continue
        if result is None:
            result = copy.deepcopy(spec)
        kept = result["paths"][template] if method is None else result["paths"][template][method]
        kept["parameters"] = [p for p, name in zip(kept["parameters"], names, strict=True) if name is None]
        where = f"{template} (every operation)" if method is None else owner.get("operationId")
        where = where or f"{str(method).upper()} {template}"
        notes += [
            f"{vendor}: {where} parameters: left out header {name}: {IGNORED_HEADERS[name.lower()]}"
            for name in names
            if name is not None
        ]
        required = [
            p for p, name in zip(owner["parameters"], names, strict=True) if name and name.lower() == "authorization"
        ]
        if any(resolve(spec, p).get("required") is True for p in required):
            notes += _secured(result, template, method, where, vendor)
    return (spec if result is None else result), notes


def _parameter_owners(spec: dict[str, Any]) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """(template, method or None for the path item, the object) for each one with a list of ``parameters``."""
    for template, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        owners = [(None, item), *((m, item[m]) for m in METHODS if isinstance(item.get(m), dict))]
        for method, owner in owners:
            if isinstance(owner.get("parameters"), list):
                yield template, method, owner


def _secured(spec: dict[str, Any], template: str, method: str | None, where: str, vendor: str) -> list[str]:
    """Give the operation (each of the path's, for ``method`` None) that declares no security the
    ``AUTHORIZATION_SCHEME``; a note where one did."""
    item = spec["paths"][template]
    operations = [item[m] for m in ([method] if method else METHODS) if isinstance(item.get(m), dict)]
    unsecured = [operation for operation in operations if _declares_no_security(spec, operation)]
    if not unsecured:
        return []
    schemes = spec.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes[AUTHORIZATION_SCHEME] = {"type": "apiKey", "in": "header", "name": "Authorization"}
    for operation in unsecured:
        operation["security"] = [{AUTHORIZATION_SCHEME: []}]
    return [
        f"{vendor}: {where}: its required Authorization header parameter is its security, as the spec declares "
        "none: the key is sent as the manifest's auth says"
    ]


def _parameter_objects(spec: dict[str, Any]) -> Iterator[Any]:
    """Every parameter object written in ``spec``: the paths' and operations' own, and the components'."""
    for _, _, owner in _parameter_owners(spec):
        yield from owner["parameters"]
    components = spec.get("components")
    parameters = components.get("parameters") if isinstance(components, dict) else None
    if isinstance(parameters, dict):
        yield from parameters.values()


def _path_default(parameter: Any) -> bool:
    return (
        isinstance(parameter, dict)
        and parameter.get("in") == "path"
        and isinstance(parameter.get("schema"), dict)
        and "default" in parameter["schema"]
    )


def without_path_defaults(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` without a ``default`` in any path parameter's schema (``spec`` itself where there is none).

    A path parameter is always required, so its default never applies. openapi-python-client made it a
    positional argument with a default before one without (VTEX Marketplace's ``sellerId`` before
    ``matchid``), which is not Python.
    """
    if not any(_path_default(parameter) for parameter in _parameter_objects(spec)):
        return spec
    result = copy.deepcopy(spec)
    for parameter in _parameter_objects(result):
        if _path_default(parameter):
            del parameter["schema"]["default"]
    return result


def source_file(vendor: VendorEntry, manifest: Manifest) -> Path:
    """The file errors in the effective spec are reported against: the overlay if any, else the spec."""
    return manifest.specs_dir / (vendor.overlay or vendor.spec)


def checked_effective_spec(vendor: VendorEntry, manifest: Manifest, document: Any = None) -> dict[str, Any]:
    """The effective spec, with every reference resolved and the whole validated: what ``generate`` checks of a
    spec before it makes any code (``document``: as ``effective_spec``'s)."""
    spec = effective_spec(vendor, manifest, document)
    check_effective_spec(spec, vendor, manifest)
    return spec


def python_name(name: str) -> str:
    """The Python name openapi-python-client gives ``name`` (``startRun``/``start-run`` -> ``start_run``)."""
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - the generator's own rule

    return str(PythonIdentifier(name, prefix="field_"))


def check_operation_ids(spec: dict[str, Any], *, vendor: str, file: Path) -> None:
    """No two operations whose generated modules and models would have the same name (one would overwrite)."""
    seen: dict[str, tuple[str, str]] = {}
    for template, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            operation_id = operation.get("operationId") if isinstance(operation, dict) else None
            if not isinstance(operation_id, str):
                continue
            where = json_pointer(("paths", template, method, "operationId"))
            name = python_name(operation_id)
            if name in seen:
                other_id, other_where = seen[name]
                raise GenerationError(
                    f"operationIds {other_id!r} ({other_where}) and {operation_id!r} both become the Python "
                    f"name {name!r}, so one would overwrite the other: rename one in the overlay",
                    vendor=vendor,
                    file=file,
                    location=where,
                )
            seen[name] = (operation_id, where)


def operations_kept(spec: dict[str, Any], keep: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """``spec`` with only the operations ``keep`` holds true of, and without the paths left with none."""
    paths: dict[str, Any] = {}
    for template, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            paths[template] = item
            continue
        kept = {
            key: value
            for key, value in item.items()
            if key not in METHODS or not isinstance(value, dict) or keep(value)
        }
        if any(key in METHODS for key in kept):
            paths[template] = kept
    return {**spec, "paths": paths}


def mapped_only(spec: dict[str, Any], operation_ids: set[str]) -> dict[str, Any]:
    """``spec`` with only the paths and operations the manifest maps, and the component schemas the rest uses:
    what the validator needs to judge.

    Validating a large vendor document whole is most of a generation's time; the operations the facade
    does not use are still parsed by openapi-python-client, which names what it cannot read. A document
    whose references point into its paths (``#/paths/~1a/get/responses/401``) is kept whole, so they resolve.
    """
    if any(isinstance(ref, str) and ref.startswith("#/paths/") for _, ref in _refs(spec)):
        return spec
    judged = operations_kept(spec, lambda operation: operation.get("operationId") in operation_ids)
    components = spec.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(components, dict) and isinstance(schemas, dict):
        rest = {**judged, "components": {key: value for key, value in components.items() if key != "schemas"}}
        used = used_schemas(rest, schemas)
        judged["components"] = {**components, "schemas": {k: v for k, v in schemas.items() if k in used}}
    return judged


def server_urls(spec: dict[str, Any]) -> list[str]:
    """Every URL the spec's servers can stand for: each server with its variables' enum values (else default)."""
    urls: list[str] = []
    for server in spec.get("servers") or [{"url": "/"}]:
        expanded = [str(server.get("url", ""))]
        for name, variable in (server.get("variables") or {}).items():
            values = [str(v) for v in variable.get("enum") or [variable.get("default", "")]]
            expanded = [url.replace("{" + name + "}", value) for url in expanded for value in values]
        urls += expanded
    return urls


def check_regions(spec: dict[str, Any], vendor: VendorEntry, manifest: Manifest) -> None:
    """Each of the manifest's regions is one of the spec's servers (server variables expanded)."""
    servers = server_urls(spec)
    for region, url in vendor.regions.items():
        if url.rstrip("/") not in {server.rstrip("/") for server in servers}:
            raise GenerationError(
                f"region {region!r} is {url}, which is none of the spec's servers ({', '.join(servers)})",
                vendor=vendor.id,
                file=manifest.path,
                location=f"vendors[{vendor.id}].regions.{region}",
            )


def check_document(spec: dict[str, Any], vendor: VendorEntry, manifest: Manifest) -> list[str]:
    """References resolve, the document is valid OpenAPI, and the manifest's regions and operations are in it;
    the validator's notes."""
    # After the overlay, so errors point at the document the generator sees.
    where = source_file(vendor, manifest)
    check_references(spec, vendor=vendor.id, file=where)
    notes = validate_openapi(mapped_only(spec, set(vendor.operation_ids.values())), vendor=vendor.id, file=where)
    check_regions(spec, vendor, manifest)
    check_state_words(spec, vendor, manifest.path)
    check_run_ids(spec, vendor, manifest.path)
    for operation in vendor.operation_ids.values():
        if not any(
            isinstance(op, dict) and op.get("operationId") == operation
            for item in spec.get("paths", {}).values()
            if isinstance(item, dict)
            for op in item.values()
        ):
            raise GenerationError(
                f"the manifest maps an operation to operationId {operation!r}, which the spec does not have",
                vendor=vendor.id,
                file=manifest.path,
                location=f"vendors[{vendor.id}].operations",
            )
    return notes


def check_effective_spec(spec: dict[str, Any], vendor: VendorEntry, manifest: Manifest) -> None:
    """All of ``check_document``, and no two operations that would overwrite each other's module."""
    check_document(spec, vendor, manifest)
    check_operation_ids(spec, vendor=vendor.id, file=source_file(vendor, manifest))


def with_components_renamed(spec: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    """``spec`` with the component schemas renamed (old key -> new key), and every reference to them."""
    prefixes = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renamed.items()}

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            for old, new in prefixes.items():
                if ref == old or ref.startswith(old + "/"):
                    node = {**node, "$ref": new + ref[len(old) :]}
                    break
        return {key: walk(value) for key, value in node.items()}

    result: dict[str, Any] = walk(spec)
    schemas = result["components"]["schemas"]
    result["components"]["schemas"] = {renamed.get(key, key): value for key, value in schemas.items()}
    return result


def unused_name(name: str, *taken: Collection[str]) -> str:
    """``name``, with ``_`` added until it is in none of ``taken``: a new schema's or class's name beside others."""
    while any(name in names for names in taken):
        name += "_"
    return name
