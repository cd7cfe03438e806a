"""Reading YAML and JSON documents, with errors that point at the line.

A document nobody here wrote is read defensively: it is capped in size, must
be UTF-8, and a YAML document may not use aliases to expand into far more than
it says (a few kilobytes of nested aliases can stand for gigabytes).
"""

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


MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
"""Far above any published API description (the largest real ones are a few megabytes)."""
MAX_ALIAS_EXPANSION = 100_000
"""How many more nodes YAML aliases may add to a document than it holds itself."""


def read_document(path: Path, *, vendor: str | None = None) -> Any:
    """Parse ``path`` as JSON (``.json``) or YAML; a syntax error names the line."""
    text = _read_text(path, vendor)
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
        document = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        location = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise GenerationError(f"not valid YAML: {problem}", vendor=vendor, file=path, location=location) from None
    except RecursionError:
        raise GenerationError("nested too deeply to read", vendor=vendor, file=path) from None
    if "*" in text:  # only a document with aliases can expand
        _check_expansion(document, path, vendor)
    return document


def _read_text(path: Path, vendor: str | None) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise GenerationError(
                f"the document is {size} bytes, more than the {MAX_DOCUMENT_BYTES} this generator reads",
                vendor=vendor,
                file=path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise GenerationError(f"cannot read: {exc.strerror or exc}", vendor=vendor, file=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GenerationError(
            "not UTF-8 text (OpenAPI documents are UTF-8): save it as UTF-8",
            vendor=vendor,
            file=path,
            location=f"byte {exc.start}",
        ) from None


def _check_expansion(document: Any, path: Path, vendor: str | None) -> None:
    """Refuse a document whose aliases (shared objects once loaded) stand for far more nodes than it holds."""
    expanded: dict[int, int] = {}  # id -> nodes it stands for, once expanded
    unique = 0
    stack: list[tuple[Any, bool]] = [(document, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if not isinstance(node, dict | list):
            continue
        if done:
            children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
            expanded[key] = 1 + sum(expanded.get(id(child), 1) for child in children)
            on_path.discard(key)
            continue
        if key in expanded:
            continue
        if key in on_path:
            raise GenerationError("a YAML alias refers to itself (a cycle)", vendor=vendor, file=path)
        children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        unique += 1 + sum(1 for child in children if not isinstance(child, dict | list))
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children)
    if expanded.get(id(document), 0) - unique > MAX_ALIAS_EXPANSION:
        raise GenerationError(
            f"YAML aliases expand it by more than {MAX_ALIAS_EXPANSION} nodes (it holds {unique}); "
            "write the repeated parts once, under components, and $ref them",
            vendor=vendor,
            file=path,
        )


def canonical_json(document: Any) -> str:
    """The one serialisation every fingerprint and written spec uses."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
