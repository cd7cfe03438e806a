"""openapi-spec-validator's findings, sorted: a document that is not OpenAPI is refused; a value it holds
that breaks its own schema is a note.

The validator checks a document in two passes: its structure against the OpenAPI schema, then keyword by
keyword (each schema against JSON Schema, each parameter, each ``default``). A ``default`` value that breaks
its schema (``'' is not a 'email'``, a null default of a field that is not nullable) and a pattern in another
regex dialect (``\\p{L}``) change no generated code: they are notes. Everything else is an error.

The structure pass runs on jsonschema-rs where it is installed (schemathesis brings it), which also checks
the ``format`` of the meta-schema's strings (a ``pattern`` must be an ECMA 262 regex) and says only which
``oneOf`` failed. When it refuses a document, jsonschema, the validator's other backend, which checks structure
alone, judges it again: what it finds is an error; where it finds nothing, the first pass's findings are notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["findings"]


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
        about_examples = bool({"example", "examples"} & set(map(str, getattr(error, "absolute_path", ()))))
        yield not (value_check or about_examples or getattr(error, "validator", None) == "format"), error
