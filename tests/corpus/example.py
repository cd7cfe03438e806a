"""Print a valid call of the corpus vendor's trigger, in the facade's names: run inside the scratch copy.

``python tests/corpus/example.py PACKAGE OPERATION_ID`` prints ``{"params": {...}, "argv": [...]}``: each required
parameter and body field of the generated request models with the smallest value their JSON schema allows
(drawn by hypothesis-jsonschema, so bounds, patterns, formats and enums hold), and the same as options.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis_jsonschema import from_schema
from pydantic import BaseModel

from testruns.cli.options import example_argv

_QUIET = settings(database=None, derandomize=True, max_examples=200, suppress_health_check=list(HealthCheck))


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def _smallest(schema: dict[str, Any]) -> Any:
    """The simplest value ``schema`` accepts, never null."""
    return find(from_schema(schema), lambda value: value is not None, settings=_QUIET)


def required_values(model: type[BaseModel]) -> dict[str, Any]:
    """Each required field of ``model`` (by its Python name) with a value its schema accepts."""
    schema = model.model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if not info.is_required():
            continue
        field_schema = dict(schema["properties"][info.alias or name])
        values[name] = _smallest({**field_schema, "$defs": definitions} if definitions else field_schema)
    return values


def main(package: str, operation_id: str) -> int:
    """Print the call; exit 1 when the models cannot be read."""
    models = importlib.import_module(f"{package}.request_models")
    params: dict[str, Any] = {}
    for suffix in ("Parameters", "Body"):
        model = getattr(models, f"{_pascal(operation_id)}{suffix}", None)
        if isinstance(model, type) and issubclass(model, BaseModel):
            for name, value in required_values(model).items():
                params.setdefault(name, value)
    print(json.dumps({"params": params, "argv": example_argv(params)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
