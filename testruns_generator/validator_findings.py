"""openapi-spec-validator's findings, sorted: a document that is not OpenAPI is refused; a value it holds
that breaks its own schema is a note.

The validator checks a document in two passes: its structure against the OpenAPI schema, then keyword by
keyword (each schema against JSON Schema, each parameter, each ``default``). A ``default`` value that breaks
its schema (``'' is not a 'email'``, a null default of a field that is not nullable), a pattern in another
regex dialect (``\\p{L}``) and an enum that lists a value twice (Telnyx's ``PORTING_ORDER_SPLIT_REQUIRED``:
the values allowed are the same) change no generated code: they are notes. Everything else is an error.
A keyword-pass finding's path starts at the schema it judged: ``document_path`` finds where that is.

The structure pass runs on jsonschema-rs where it is installed (schemathesis brings it), which also checks
the ``format`` of the meta-schema's strings (a ``pattern`` must be an ECMA 262 regex) and says only which
``oneOf`` failed. When it refuses a document, jsonschema, the validator's other backend, which checks structure
alone, judges it again: what it finds is an error; where it finds nothing, the first pass's findings are notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["document_path", "findings"]


def findings(validator: Any) -> Iterator[tuple[bool, Any]]:
    """Each finding of ``validator`` (an openapi-spec-validator ``SpecValidator``) as (is_error, finding)."""
    from jsonschema.validators import validator_for  # noqa: PLC0415
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError  # noqa: PLC0415

    # The two passes of the validator's own ``iter_errors``, told apart.
    structural = list(validator.schema_validator.iter_errors(validator.schema))
    if structural:
        meta = validator.schema_validator.schema
        found = list(validator_for(meta)(meta).iter_errors(validator.schema))
        yield from ((True, error) for error in found)
        yield from ((False, error) for error in structural if not found)
    for error in validator.root_validator(validator.schema_path):
        # A value check raises jsonschema's own error; the validator's own checks raise its subclass.
        value_check = not isinstance(error, OpenAPIValidationError)
        path = [str(step) for step in getattr(error, "absolute_path", ())]
        about_examples = bool({"example", "examples"} & set(path))
        twice_listed = getattr(error, "validator", None) == "uniqueItems" and path[-1:] == ["enum"]
        harmless = value_check or about_examples or twice_listed or getattr(error, "validator", None) == "format"
        yield not harmless, error


def _at(node: Any, steps: list[Any]) -> Any:
    for step in steps:
        indexed = isinstance(node, list) and isinstance(step, int) and -1 < step < len(node)
        if not (indexed or (isinstance(node, dict) and step in node)):
            return None
        node = node[step]
    return node


def document_path(document: Any, finding: Any) -> list[Any]:
    """Where ``finding`` is in ``document``, from its root: the keyword pass gives a path from the schema it
    judged, so the place is the mapping from which that path reaches the very value the finding is about."""
    steps = list(getattr(finding, "absolute_path", ()) or ())
    instance = getattr(finding, "instance", None)
    if _at(document, steps) is instance:
        return steps
    todo: list[tuple[list[Any], Any]] = [([], document)]
    while todo:
        where, node = todo.pop()
        if isinstance(node, dict):
            if steps and _at(node, steps) is instance:
                return where + steps
            todo += [([*where, key], value) for key, value in node.items()]
        elif isinstance(node, list):
            todo += [([*where, index], value) for index, value in enumerate(node)]
    return steps
