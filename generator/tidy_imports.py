"""Take unused and repeated imports out of the generated modules and sort the rest, before ruff sees them.

openapi-python-client's templates import more than a module uses (every model imports ``BinaryIO``,
``TextIO``, ``Generator``, and ``UNSET`` twice) and leave ruff to clean up. ruff's fix loop re-lints each
file it changes, which on a 1,000-operation spec is about 1.5 s of the whole generation: the same clean-up
done here as text costs a few milliseconds. ruff stays the gate (and fixes whatever this leaves), so a
module this does not understand is left exactly as it was.

Only what ruff's own fixes (F401, F811, I001) would do is done: an imported name that appears nowhere else
in the module, not even in a string, goes; repeated names are imported once; the imports are grouped and
ordered as ruff's isort orders them. The client generator leaves ``__init__.py`` alone: an unused import
there is an export.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

LINE_LENGTH = 120
"""generator/ruff_generated.toml's line-length: a longer from-import is wrapped, one name a line."""

_FROM = re.compile(r"from\s+(?P<module>\.*[\w.]*)\s+import\s+(?P<names>.+)")
_IMPORT = re.compile(r"import\s+[\w.]+(\s+as\s+\w+)?")
_MEMBER = re.compile(r"(?P<name>\w+)(\s+as\s+(?P<alias>\w+))?")
_STARTS_BLOCK = ("def ", "async def ", "class ", "@")


class _Unknown(Exception):
    """A line this module does not read; the module is left as it was."""


@dataclass(frozen=True)
class _From:
    module: str
    name: str
    alias: str | None

    @property
    def bound(self) -> str:
        return self.alias or self.name


@dataclass(frozen=True)
class _Block:
    """Import statements from line ``start`` up to (not including) ``stop``, each at ``indent``."""

    start: int
    stop: int
    indent: str
    imports: tuple[_From, ...]
    modules: tuple[str, ...]


def tidy_module(text: str) -> str:
    """``text`` with its leading import block (and an ``if TYPE_CHECKING:`` block right after it) tidied; as
    it was when any line of them is one this does not read, or when ``if TYPE_CHECKING:`` would be left empty."""
    lines = text.split("\n")
    try:
        top = _top_block(lines)
        if top is None:
            return text
        after = _first_code(lines, top.stop)
        checking = _checking_block(lines, after)
    except _Unknown:
        return text
    blocks = [top] if checking is None else [top, checking]
    # Every line but the imports' own: where a use of an imported name would be.
    beyond = lines[top.stop : checking.start] + lines[checking.stop :] if checking else lines[top.stop :]
    rest_text = "\n".join(lines[: top.start] + beyond)
    bound = {item.bound for block in blocks for item in block.imports}
    bound |= {_binds(statement) for block in blocks for statement in block.modules}
    used = frozenset(name for name in bound if _appears(name, rest_text))
    head = _render(top.imports, top.modules, used, top.indent)
    rest = lines[after:]
    if checking is not None:
        body = _render(checking.imports, checking.modules, used, checking.indent)
        if not body:
            return text
        rest = [*lines[after : checking.start], *body, *lines[checking.stop :]]
    if not head:  # nothing of the block is used
        return "\n".join([*lines[: top.start], *rest])
    if not rest:
        return "\n".join([*lines[: top.start], *head, ""])
    # ruff's isort: two blank lines before a def or a class right after the imports, one before anything else.
    gap = 2 if rest[0].startswith(_STARTS_BLOCK) else 1
    return "\n".join([*lines[: top.start], *head, *[""] * gap, *rest])


def _top_block(lines: list[str]) -> _Block | None:
    """The module's leading import block, if it has one."""
    start = _block_start(lines)
    return None if start is None else _read_block(lines, start, indent="")


def _checking_block(lines: list[str], at: int) -> _Block | None:
    """The import block of an ``if TYPE_CHECKING:`` at line ``at``, if that is one."""
    if at >= len(lines) or lines[at] != "if TYPE_CHECKING:":
        return None
    first = _first_code(lines, at + 1)
    # openapi-python-client indents this block by two spaces: whatever the indent, it is kept.
    indent = lines[first][: len(lines[first]) - len(lines[first].lstrip(" "))] if first < len(lines) else ""
    if not indent:
        raise _Unknown
    return _read_block(lines, at + 1, indent)


def _block_start(lines: list[str]) -> int | None:
    """The first import line, when only blank lines, comments and a docstring come before it."""
    index = 0
    if lines and lines[0].lstrip().startswith(('"""', "'''")):
        quote = lines[0].lstrip()[:3]
        closed = lines[0].lstrip()[3:].find(quote) >= 0
        index = 1
        while not closed:
            if index >= len(lines):
                return None
            closed = quote in lines[index]
            index += 1
    while index < len(lines) and (not lines[index].strip() or lines[index].startswith("#")):
        index += 1
    if index < len(lines) and lines[index].startswith(("from ", "import ")):
        return index
    return None


def _read_block(lines: list[str], start: int, indent: str) -> _Block:
    """The import block at ``start``: statements at ``indent``, blank lines between them."""
    imports: list[_From] = []
    modules: list[str] = []
    index = stop = start
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        statement = line.removeprefix(indent)
        if (statement == line and indent) or statement.startswith((" ", "\t")):
            break
        if "#" in statement or ";" in statement or statement.endswith("\\"):
            raise _Unknown
        if statement.startswith("import "):
            if not _IMPORT.fullmatch(statement.strip()):
                raise _Unknown
            modules.append(statement.strip())
        elif statement.startswith("from "):
            if statement.rstrip().endswith("("):
                while not lines[index].rstrip().endswith(")"):
                    index += 1
                    if index >= len(lines) or "#" in lines[index]:
                        raise _Unknown
                    statement += " " + lines[index].strip()
                statement = statement.replace("(", " ").replace(")", " ")
            imports.extend(_parse_from(" ".join(statement.split())))
        else:
            break
        index += 1
        stop = index
    return _Block(start, stop, indent, tuple(imports), tuple(modules))


def _first_code(lines: list[str], index: int) -> int:
    """The first line from ``index`` on that is not blank."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _appears(name: str, text: str) -> bool:
    """Whether ``name`` is a whole word somewhere in ``text`` (code, string or comment alike)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        start = text.find(name, end)
    return False


@lru_cache(maxsize=4096)
def _parse_from(statement: str) -> tuple[_From, ...]:
    match = _FROM.fullmatch(statement)
    if match is None:
        raise _Unknown
    found = []
    for part in match["names"].split(","):
        part = part.strip()
        if not part:
            continue
        member = _MEMBER.fullmatch(part)
        if member is None:  # a star import, among others
            raise _Unknown
        found.append(_From(match["module"], member["name"], member["alias"]))
    return tuple(found)


# ruff's isort: sections in this order, a blank line between them; in each, `import x` lines before
# `from x import y` lines; relative modules from the furthest (most dots) to the closest.
_FUTURE, _STDLIB, _THIRD_PARTY, _LOCAL = range(4)


def _section(module: str) -> int:
    if module == "__future__":
        return _FUTURE
    if module.startswith("."):
        return _LOCAL
    return _STDLIB if module.split(".")[0] in sys.stdlib_module_names else _THIRD_PARTY


def _module_key(module: str) -> tuple[int, str]:
    dots = len(module) - len(module.lstrip("."))
    return -dots, module.lstrip(".").lower()


def _member_key(name: str) -> tuple[int, str, str]:
    # order-by-type: CONSTANTS, then Classes, then everything else; case-insensitive within each.
    rank = 0 if len(name) > 1 and name.isupper() else 1 if name[0].isupper() else 2
    return rank, name.lower(), name


@lru_cache(maxsize=4096)
def _render(imports: tuple[_From, ...], modules: tuple[str, ...], used: frozenset[str], indent: str) -> tuple[str, ...]:
    kept: dict[_From, None] = {}
    for item in imports:
        if item.module == "__future__" or item.bound in used:
            kept[item] = None
    sections: dict[int, list[str]] = {}
    for statement in sorted(dict.fromkeys(m for m in modules if _binds(m) in used), key=_plain_key):
        sections.setdefault(_section(statement.split()[1]), []).append(indent + statement)
    by_module: dict[str, list[_From]] = {}
    for item in kept:
        by_module.setdefault(item.module, []).append(item)
    for module in sorted(by_module, key=_module_key):
        members = by_module[module]
        plain = sorted((m.name for m in members if m.alias is None), key=_member_key)
        lines: list[tuple[str, str]] = []
        if plain:
            lines.append((plain[0], _from_line(indent, module, plain)))
        for member in members:
            if member.alias is not None:
                lines.append((member.name, f"{indent}from {module} import {member.name} as {member.alias}"))
        for _, line in sorted(lines, key=lambda pair: _member_key(pair[0])):
            sections.setdefault(_section(module), []).append(line)
    rendered: list[str] = []
    for section in sorted(sections):
        if rendered:
            rendered.append("")
        rendered.extend(sections[section])
    return tuple(rendered)


def _binds(statement: str) -> str:
    """The name ``import a.b`` (``a``) or ``import a.b as c`` (``c``) binds."""
    words = statement.split()
    return words[3] if len(words) == 4 else words[1].split(".")[0]


def _plain_key(statement: str) -> tuple[str, str]:
    return statement.split()[1].lower(), statement


def _from_line(indent: str, module: str, names: list[str]) -> str:
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    return "\n".join([f"{indent}from {module} import (", *(f"{indent}    {n}," for n in names), f"{indent})"])
