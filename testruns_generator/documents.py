"""Reading YAML and JSON documents, with errors that point at the line.

A document nobody here wrote is read defensively: it is capped in size, must
be UTF-8, may not nest deeper than a bound (libyaml's composer recurses in C, so
100,000 nested ``[`` overflow the stack and kill the process), and a YAML
document may not use aliases to expand into far more than it says (a few
kilobytes of nested aliases can stand for gigabytes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from .errors import GenerationError

# C-accelerated when libyaml is there; timestamps stay strings, as JSON would have them.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
"""Far above any published API description (the largest real ones are a few megabytes)."""
MAX_ALIAS_EXPANSION = 100_000
"""How many more nodes YAML aliases may add to a document than it holds itself."""
MAX_NESTING_DEPTH = 100
"""How deep a value may sit in a document, the root being level 1. Real API descriptions nest a few dozen
levels at most; Python's own recursion limit (1,000 frames, several per level in the tools that walk a spec)
would be reached far sooner than the C stack, but still past this."""


class _TooDeep(Exception):
    """A node past ``MAX_NESTING_DEPTH``; ``mark`` is where its parent starts."""

    def __init__(self, mark: yaml.Mark | None) -> None:
        super().__init__()
        self.mark = mark


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader, counting how deep it is as it composes.

    The composer (libyaml's, in C, as the pure-Python one) calls ``descend_resolver`` before it composes each
    node and ``ascend_resolver`` after, so the count is kept by the parser itself. The base class's methods
    only serve path resolvers, which this private loader never registers: they are not called (calling them
    made reading our specs a fifth slower).
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def descend_resolver(self, current_node: yaml.Node | None, current_index: object) -> None:
        self._depth += 1
        if self._depth > MAX_NESTING_DEPTH:
            raise _TooDeep(getattr(current_node, "start_mark", None))

    def ascend_resolver(self) -> None:
        self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def read_document(path: Path, *, vendor: str | None = None) -> Any:
    """Parse ``path`` as JSON (``.json``) or YAML; a syntax error names the line."""
    return parse_document(_read_bytes(path, vendor), path, suffix=path.suffix, vendor=vendor)


def parse_document(data: bytes, file: Path | str, *, suffix: str, vendor: str | None = None) -> Any:
    """``data`` read as a file named ``file`` with ``suffix`` would be (``.json``: JSON, else YAML), with
    every guard of ``read_document`` but the size (already bounded by whoever holds ``data``)."""
    text = decoded(data, file, vendor)
    too_deep = f"nested more than {MAX_NESTING_DEPTH} levels deep, the most this generator reads"
    if suffix == ".json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GenerationError(
                f"not valid JSON: {exc.msg}",
                vendor=vendor,
                file=file,
                location=f"line {exc.lineno}, column {exc.colno}",
            ) from None
        except RecursionError:  # far deeper than the bound: the JSON decoder's own guard stopped it
            raise GenerationError(too_deep, vendor=vendor, file=file) from None
        if _deeper_than(document, MAX_NESTING_DEPTH):
            raise GenerationError(too_deep, vendor=vendor, file=file)
        return document
    try:
        document = yaml.load(text, Loader=_Loader)
    except _TooDeep as exc:
        raise GenerationError(too_deep, vendor=vendor, file=file, location=_line(exc.mark)) from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or " ".join(str(exc).split())  # a reader error spans lines
        location = _line(getattr(exc, "problem_mark", None))
        raise GenerationError(f"not valid YAML: {problem}", vendor=vendor, file=file, location=location) from None
    if "*" in text:  # only a document with aliases can expand
        _check_expansion(document, file, vendor)
    return document


def _line(mark: yaml.Mark | None) -> str | None:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None


def _deeper_than(document: Any, levels: int) -> bool:
    """Whether a value of ``document`` sits below ``levels`` (the root is level 1): level by level, so it costs
    one visit of each container and stops at the first level too many."""
    level, depth = [document], 1
    while True:
        below: list[Any] = []
        for node in level:
            if isinstance(node, dict):
                below.extend(node.values())
            elif isinstance(node, list):
                below.extend(node)
        if not below:
            return False
        depth += 1
        if depth > levels:
            return True
        level = below


def _read_bytes(path: Path, vendor: str | None) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise GenerationError(
                f"the document is {size} bytes, more than the {MAX_DOCUMENT_BYTES} this generator reads",
                vendor=vendor,
                file=path,
            )
        return path.read_bytes()
    except OSError as exc:
        raise GenerationError(f"cannot read: {exc.strerror or exc}", vendor=vendor, file=path) from None


def decoded(data: bytes, file: Path | str, vendor: str | None = None) -> str:
    """``data`` as UTF-8 text; anything else is refused, naming ``file`` and the first byte that is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GenerationError(
            "not UTF-8 text (OpenAPI documents are UTF-8): save it as UTF-8",
            vendor=vendor,
            file=file,
            location=f"byte {exc.start}",
        ) from None


def _check_expansion(document: Any, path: Path | str, vendor: str | None) -> None:
    """Refuse a document whose aliases (shared objects once loaded) stand for far more nodes than it holds, or
    nest it deeper than ``MAX_NESTING_DEPTH`` (a chain of aliases, each holding the one before, nests it
    without a single deep node in the text)."""
    expanded: dict[int, int] = {}  # id -> nodes it stands for, once expanded
    levels: dict[int, int] = {}  # id -> levels it spans, once expanded (itself, and its deepest descendant's)
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
            levels[key] = 1 + max((levels.get(id(child), 1) for child in children), default=0)
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
    if levels.get(id(document), 0) > MAX_NESTING_DEPTH:
        raise GenerationError(
            f"its YAML aliases nest it more than {MAX_NESTING_DEPTH} levels deep, the most this generator reads",
            vendor=vendor,
            file=path,
        )


def canonical_json(document: Any) -> str:
    """The one serialisation every fingerprint and written spec uses."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
