"""openapi-spec-validator's findings, sorted: a document that is not OpenAPI is refused; a value it holds
that breaks its own schema is a note.

The validator checks a document in two passes: its structure against the OpenAPI schema, then keyword by
keyword (each schema against JSON Schema, each parameter, each ``default``). A ``default`` value that breaks
its schema (``'' is not a 'email'``, a null default of a field that is not nullable) and a pattern in another
regex dialect (``\\p{L}``) change no generated code: they are notes. Everything else is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["findings"]


def findings(validator: Any) -> Iterator[tuple[bool, Any]]:
    """Each finding of ``validator`` (an openapi-spec-validator ``SpecValidator``) as (is_error, finding)."""
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError  # noqa: PLC0415

    # The two passes of the validator's own ``iter_errors``, told apart.
    for error in validator.schema_validator.iter_errors(validator.schema):
        yield True, error
    for error in validator.root_validator(validator.schema_path):
        # A value check raises jsonschema's own error; the validator's own checks raise its subclass.
        value_check = not isinstance(error, OpenAPIValidationError)
        about_examples = bool({"example", "examples"} & set(map(str, getattr(error, "absolute_path", ()))))
        yield not (value_check or about_examples or getattr(error, "validator", None) == "format"), error
