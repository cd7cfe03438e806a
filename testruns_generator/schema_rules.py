"""Rules applied to the schemas the request models are made of, so they mean what the spec means.

An OpenAPI field that is not required may be absent; the models show an absent field as ``None`` (the facade
sends only the fields given). datamodel-code-generator reads an explicit ``nullable: false``, or a ``default:
null`` on a field that is not nullable, as "never None" and writes ``field: str = None``, which mypy --strict
rejects. Both say nothing beyond what an optional field already means here, so they are left out.
"""

from __future__ import annotations

from typing import Any

__all__ = ["absent_is_none"]


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds)


def absent_is_none(schema: Any) -> Any:
    """``schema`` without ``nullable: false``, and without ``default: null`` where null is not allowed."""
    if isinstance(schema, list):
        return [absent_is_none(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept = {key: absent_is_none(value) for key, value in schema.items()}
    if kept.get("nullable") is False:
        del kept["nullable"]
    if "default" in kept and kept["default"] is None and not _nullable(schema):
        del kept["default"]
    return kept
