"""How a caller's or a vendor's value is quoted in a message: short, one line, never markup or terminal control.

A message may quote a 1 MB string, a 10,000-deep list or text with escape
sequences; what it shows is cut to a few dozen characters and a few levels,
with control characters written as escapes, so no message grows with its input
and none can move a cursor, clear a screen or set a terminal's title. Public: the generator quotes vendors'
text with the same rules.
"""

from __future__ import annotations

import reprlib
import unicodedata
from typing import Any

__all__ = ["MESSAGE_LIMIT", "clipped", "cut", "printable", "shown"]

MESSAGE_LIMIT = 2000
"""The most of a vendor's message that testruns keeps (on stdout, in JUnit, in a step summary)."""

_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = _REPR.maxset = 6


def shown(value: Any) -> str:
    """A short ``repr`` of ``value``: cut in length and depth, safe to print."""
    try:
        text = _REPR.repr(value)
    except Exception:  # a user object whose __repr__ fails still gets named
        text = f"<{type(value).__name__}>"
    return printable(text)


def clipped(text: str, limit: int = 300) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis says so), safe to print."""
    return printable(text if len(text) <= limit else text[:limit] + "…")


def cut(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """A vendor's message kept to ``limit`` characters, with a marker that says how much was left out.

    Cut after masking (the caller's job), so no cut leaves the head of a key behind.
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters cut]"


def printable(text: str) -> str:
    """``text`` with every control or format character (ANSI and OSC escapes, bidi marks) written as an escape."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named is not None:
        return named
    if code < 0x100:
        return f"\\x{code:02x}"
    if unicodedata.category(char) == "Cs" or code < 0x10000:  # a lone surrogate too
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
