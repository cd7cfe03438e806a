"""Model class names openapi-python-client would write into code mypy --strict rejects, renamed by its own
``class_overrides`` (the wire names are untouched).

- A schema with a property of its own module's name (``SuperFundProducts.SuperFundProducts``) that is more
  than a plain value (a list, an object, an enum, a date): the model's ``from_dict`` keeps the property and
  the new instance in one variable, typed twice. (A plain value's variable is untyped, so it is left alone;
  a nullable one is read as a union, typed.)
- A schema named like what every endpoint module imports (``Response``, ``File`` ...): the model's import
  shadows it.

Each becomes ``<Name>Model`` in ``<name>_model.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .effective_spec import unused_name

__all__ = ["class_overrides"]

_PREFIX = "field_"  # openapi-python-client's default field_prefix, which the generator keeps
_IMPORTED = {"Response", "File", "Unset", "Client", "AuthenticatedClient", "HTTPStatus", "Any", "T"}


def _plain(schema: Any) -> bool:
    """A number, a boolean, or a string with no format; none with an enum or nullable: read from the dict as it
    is, untyped."""
    plain = {"type", "description", "title", "example", "nullable", "readOnly", "writeOnly", "default", "pattern"}
    plain |= {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength"}
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    if kind is not None and schema.get("nullable") is True:  # read as a union with None, typed (Plaid)
        return False
    if kind in ("integer", "number"):
        plain.add("format")  # int32, double ...: still a plain number
    return kind in ("string", "integer", "number", "boolean") and set(schema) <= plain


def class_overrides(spec: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """``ConfigFile.class_overrides`` for ``spec``: class name -> its new class and module name."""
    from openapi_python_client.strings import ClassName, PythonIdentifier  # noqa: PLC0415 - the client's own rule

    schemas = (spec.get("components") or {}).get("schemas") or {}
    taken = {str(ClassName(key, _PREFIX)) for key in schemas}
    overrides: dict[str, dict[str, str]] = {}
    for key, schema in schemas.items():
        name = str(ClassName(key, _PREFIX))
        module = str(PythonIdentifier(name, _PREFIX))
        properties = schema.get("properties") if isinstance(schema, Mapping) else None
        typed = {p for p, s in properties.items() if not _plain(s)} if isinstance(properties, Mapping) else set()
        names = {str(PythonIdentifier(p, _PREFIX)) for p in typed}
        if name not in _IMPORTED and module not in names:
            continue
        new = unused_name(f"{name}Model", taken)
        taken.add(new)
        overrides[name] = {"class_name": new, "module_name": str(PythonIdentifier(new, _PREFIX))}
    return overrides
