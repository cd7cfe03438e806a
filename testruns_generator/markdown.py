"""Text from a vendor's document put into Markdown (``CHANGELOG.md``, the update's pull-request body).

An operationId, a field name, an enum value or a version is the vendor's text: it may hold a newline and
``## heading``, backticks, a table's ``|`` or ``<script>``. Every such text reaches Markdown through here, shown
as written and never read as markup: on one line (control characters written as escapes, as in every message),
and either with each character that could start inline markup backslash-escaped, or in a code span fenced by
more backticks than it holds. (testruns' step summary does the same for its table cells, in a private helper
of its own.) GitHub's ``@mentions`` and ``#123`` references are not markup and are not escaped.
"""

from __future__ import annotations

import re

from testruns.text import printable

__all__ = ["code_span", "escaped"]

# Newlines are escaped first, so no spec text starts a line: only inline markup is left to neutralise.
_MARKUP = re.compile(r"([\\`*_\[\]<>#|~&$])")
_TICKS = re.compile(r"`+")


def escaped(value: str) -> str:
    """``value`` as Markdown prose: one line, every character that could start markup backslash-escaped."""
    return _MARKUP.sub(r"\\\1", printable(value))


def code_span(value: str) -> str:
    """``value`` as a Markdown code span: one line, fenced by one backtick more than its longest run of them."""
    plain = printable(value)
    fence = "`" * (max((len(run) for run in _TICKS.findall(plain)), default=0) + 1)
    # Rendering takes one space off each side of a span that has one on both (and is not all spaces): add them
    # where the content has them itself, or starts or ends with a backtick, which must not touch the fence.
    spaced = plain.startswith(" ") and plain.endswith(" ") and plain.strip(" ")
    padded = f" {plain} " if spaced or plain.startswith("`") or plain.endswith("`") else plain
    return f"{fence}{padded}{fence}"
