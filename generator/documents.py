"""Reading YAML and JSON documents, with errors that point at the line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from .errors import GenerationError

# C-accelerated when libyaml is there; timestamps stay strings, as JSON would have them.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    pass


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def read_document(path: Path, *, vendor: str | None = None) -> Any:
    """Parse ``path`` as JSON (``.json``) or YAML; a syntax error names the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GenerationError(f"cannot read: {exc.strerror or exc}", vendor=vendor, file=path) from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise GenerationError(
                f"not valid JSON: {exc.msg}",
                vendor=vendor,
                file=path,
                location=f"line {exc.lineno}, column {exc.colno}",
            ) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        location = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise GenerationError(f"not valid YAML: {problem}", vendor=vendor, file=path, location=location) from None


def canonical_json(document: Any) -> str:
    """The one serialisation every fingerprint and written spec uses."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
