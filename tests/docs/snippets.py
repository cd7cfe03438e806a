"""The code blocks of README.md, CONTRIBUTING.md and docs/, as a reader would paste them.

Every fenced block names its language. ``text`` blocks are output or layouts, not code, and are not run;
``python``, ``sh`` and ``yaml`` blocks are snippets, and each runs (tests/docs/test_snippets.py) unless the
HTML comment on the line before it says otherwise:

- ``<!-- snippet: needs-internet -->``: it needs the internet (an install, a fetch); skipped, and counted.
- ``<!-- snippet: skip REASON -->``: skipped for the reason given, and counted.
- ``<!-- snippet: sandbox -->``: the command that starts the sandbox the other snippets run against; the
  tests start the sandbox with it.
- ``<!-- snippet: in-checkout -->``: run in the repository (the generator's commands), not in a scratch folder.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").rglob("*.md"))]
RUN = ("python", "sh", "yaml")
NOT_CODE = ("text",)
_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\S*)\s*$")
_MARK = re.compile(r"^\s*<!-- snippet: (?P<kind>[a-z-]+)(?: (?P<why>.*?))? -->\s*$")
MARKS = ("needs-internet", "skip", "sandbox", "in-checkout")


class SnippetError(Exception):
    """A page's code block that the rules above cannot place."""


@dataclass(frozen=True)
class Snippet:
    """One code block: where it is, its language, its code (dedented) and its mark."""

    page: str
    line: int
    lang: str
    code: str
    mark: str | None = None
    why: str | None = None

    @property
    def id(self) -> str:
        """``page:line``, the block's opening fence."""
        return f"{self.page}:{self.line}"

    @property
    def skipped(self) -> str | None:
        """Why the tests do not run it, or None."""
        if self.mark == "needs-internet":
            return "needs the internet"
        if self.mark == "skip":
            return self.why
        return None


def read_page(path: Path) -> list[Snippet]:
    """Every code block of ``path`` (``text`` ones included), checked against the rules above."""
    name = path.relative_to(ROOT).as_posix()
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Snippet] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        start, lang, indent = index, opening["lang"], opening["indent"]
        if lang not in RUN + NOT_CODE:
            raise SnippetError(f"{name}:{start + 1}: a code block must name one of {RUN + NOT_CODE}, not {lang!r}")
        end = next((i for i in range(start + 1, len(lines)) if lines[i] == f"{indent}```"), None)
        if end is None:
            raise SnippetError(f"{name}:{start + 1}: the code block is never closed")
        before = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
        mark = _MARK.match(before)
        if mark and mark["kind"] not in MARKS:
            raise SnippetError(f"{name}:{start}: unknown snippet mark {mark['kind']!r}; marks: {MARKS}")
        if mark and mark["kind"] == "skip" and not mark["why"]:
            raise SnippetError(f"{name}:{start}: a skipped snippet says why")
        code = textwrap.dedent("\n".join(lines[start + 1 : end])) + "\n"
        found.append(Snippet(name, start + 1, lang, code, mark["kind"] if mark else None, mark and mark["why"]))
        index = end + 1
    return found


def all_snippets() -> list[Snippet]:
    """The snippets (not the ``text`` blocks) of README.md, CONTRIBUTING.md and every page of docs/."""
    return [snippet for page in PAGES for snippet in read_page(page) if snippet.lang in RUN]
