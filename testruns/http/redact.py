"""Keeping secrets out of everything testruns shows: messages, dry runs, ``--json`` output, logs, errors.

Two rules, applied in this order:

- A header that carries credentials is masked by its name, always:
  ``Authorization``, ``Proxy-Authorization``, ``Cookie``, ``Set-Cookie``, and any
  header whose name contains ``token``, ``key``, ``secret``, ``password`` or ``auth``.
- A secret's text inside other data (a vendor echoing the key in an error, a
  log line) is masked where it cannot be an ordinary word or number: anywhere,
  when the secret is at least ``MIN_SECRET_LENGTH`` characters long, as it is
  spelt or with characters escaped as a URL, JSON or a ``repr`` writes them
  (a ``Location``, a JSON text's ``\\u0073``, ``\\/``); otherwise
  only where a whole value (a JSON string, a header value) is the secret. So a
  key ``test`` never turns ``test-run`` into ``***-run``.

Structured data is masked value by value, never as its JSON text, so what is
printed stays valid JSON; text is masked before it is cut to an excerpt, so a
cut never leaves the head of a key behind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

__all__ = ["MASK", "MIN_SECRET_LENGTH", "KeyHolder", "Redactor", "is_credential_header", "refuse_pickling"]

MASK = "***"
MIN_SECRET_LENGTH = 8
_CREDENTIAL_NAMES = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_CREDENTIAL_WORDS = ("token", "key", "secret", "password", "auth")
_SCHEMES = ("Bearer ", "Basic ", "Token ")


def _hex(value: int, digits: int) -> str:
    """``value`` in hex as a pattern that takes either case (``%2f`` and ``%2F``)."""
    return "".join(f"[{d}{d.lower()}]" if d.isalpha() else d for d in f"{value:0{digits}X}")


# The characters JSON (and a repr) write behind a backslash: control characters a password field may hold,
# and a few others.
_SHORT_ESCAPES = {"\t": "t", "\n": "n", "\r": "r", "\b": "b", "\f": "f", "/": "/", "\\": "\\", '"': '"', "'": "'"}


def _spelled(secret: str) -> str:
    """A pattern of ``secret`` as it is spelt, or with any of its characters written as a URL, JSON or Python
    writes it: percent-encoded (``%2B``, in either case, a space as ``+``), JSON's ``\\u002b`` or ``\\n``, a
    ``repr``'s ``\\x2b`` (of a UTF-8 byte or a code point) or ``\\U0001f600``, or behind a backslash (``\\/``,
    ``\\"``, a doubled ``\\``). A vendor echoing the key in a redirect, a JSON text or a log line's ``repr``
    writes it so; masking only its letters in a row would show it.

    A backslash's spellings are an atomic group, longest first: it is one character or two, and backtracking
    over a run of them would take time exponential in its length. No other character's spellings can match
    one text in two lengths, and a plain group is three times faster for Python's engine.
    """
    parts = []
    for char in secret:
        raw = char.encode("utf-8", "surrogatepass")
        code = ord(char)
        forms = {
            re.escape(char),
            "".join(f"%{_hex(byte, 2)}" for byte in raw),
            "".join(f"\\\\x{_hex(byte, 2)}" for byte in raw),
            _json_escape(char),
            f"\\\\x{_hex(code, 2)}" if code < 0x100 else f"\\\\U{_hex(code, 8)}",
        }
        if char in _SHORT_ESCAPES:
            forms.add(re.escape("\\" + _SHORT_ESCAPES[char]))
        if char == " ":
            forms.add(re.escape("+"))
        group = "(?>" if char == "\\" else "(?:"
        parts.append(f"{group}{'|'.join(sorted(forms, key=lambda form: (-len(form), form)))})")
    return "".join(parts)


def _json_escape(char: str) -> str:
    """``char`` as JSON's ``\\uXXXX`` (a surrogate pair beyond the first plane), in either case."""
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\\\u{_hex(int.from_bytes(units[i : i + 2]), 4)}" for i in range(0, len(units), 2))


def is_credential_header(name: str) -> bool:
    """Whether a header of this name carries a credential, and so is always masked."""
    lowered = name.lower()
    return lowered in _CREDENTIAL_NAMES or any(word in lowered for word in _CREDENTIAL_WORDS)


def refuse_pickling(holder: object) -> NoReturn:
    """What pickling (or copying) an object that holds a secret raises: the bytes would carry it into a file, a
    cache or another process. ``copy`` pickles in memory, so it is refused alike."""
    raise TypeError(
        f"a testruns {type(holder).__name__} holds secrets (a vendor's key, a password), so it is never pickled "
        "or copied: make a new one where it is needed"
    )


class KeyHolder:
    """Base of what holds a vendor's key (a client, a vendor's facade, its connection): never pickled."""

    __slots__ = ()

    def __reduce__(self) -> NoReturn:
        refuse_pickling(self)


class Redactor(KeyHolder):
    """Masks a set of secrets in text, data, headers and URLs."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        found = {secret for secret in secrets if secret}
        self._count = len(found)
        # Longest first, so a secret containing another is masked whole.
        long = sorted((s for s in found if len(s) >= MIN_SECRET_LENGTH), key=len, reverse=True)
        self._short = frozenset(s for s in found if len(s) < MIN_SECRET_LENGTH)
        self._pattern = re.compile("|".join(map(_spelled, long))) if long else None
        # The most characters one secret's spelling takes (16 for a character of four UTF-8 bytes as ``\\xF0...``).
        self._reach = 16 * max(map(len, long), default=0)
        # What ``may_hold`` looks for in an answer's bytes, in one search: an escape (JSON's, or a URL's ``%``) that
        # could spell a secret; a NUL, which no UTF-8 JSON holds but UTF-16 and UTF-32 JSON (which ``json.loads``
        # reads too) always do; a secret's UTF-8.
        needles = [b"\\", b"%", b"\x00", *(s.encode("utf-8", "surrogatepass") for s in found)]
        if any(" " in secret for secret in long):
            needles.append(b"+")  # a form's spelling of a space
        self._echo = re.compile(b"|".join(map(re.escape, needles)))

    def __repr__(self) -> str:
        return f"Redactor({self._count} secrets)"

    def text(self, text: str) -> str:
        """``text`` with every secret masked (a short secret only where it is the whole text)."""
        if self._pattern is not None:
            text = self._pattern.sub(MASK, text)
        return MASK if self._is_short(text) else text

    def _is_short(self, text: str) -> bool:
        """Whether the whole of ``text`` is a short secret, which is masked only so."""
        return bool(self._short) and (text in self._short or text.strip() in self._short)

    def excerpt(self, text: str, limit: int = 200) -> str:
        """The first ``limit`` characters of ``text``, masked before it is cut (no cut leaves a key's head).

        Only as much of ``text`` is masked as can reach the cut: each secret shown is at least 3 characters
        (``***``) and at most ``_reach`` before masking, and one more may begin before the cut and end after it.
        """
        if self._is_short(text):  # judged on the whole text, as ``text`` judges it
            return MASK[:limit]
        shown = text[: limit + (limit // len(MASK) + 2) * self._reach]
        return (self._pattern.sub(MASK, shown) if self._pattern is not None else shown)[:limit]

    def body(self, content: bytes, limit: int = 200) -> str:
        """The first ``limit`` characters of a request's or an answer's body, decoded as ``json.loads`` reads it
        (UTF-8, -16 or -32) and masked before the cut, every spelling of a secret included (``_spelled``)."""
        return self.excerpt(content.decode(json.detect_encoding(content), "replace"), limit)

    def may_hold(self, content: bytes) -> bool:
        """Whether JSON ``content`` can hold a secret: one's UTF-8 bytes appear in it, an escape (``\\u0041``
        spells ``A``) could spell one, or it is UTF-16 or UTF-32 text; where not, masking its document would
        change nothing and is skipped."""
        return self._echo.search(content) is not None

    def data(self, value: Any) -> Any:
        """JSON-like ``value`` with every string (keys included) masked; the structure is untouched."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.text(k) if isinstance(k, str) else k: self.data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(item) for item in value]
        return value

    def header(self, name: str, value: str) -> str:
        """One header's value as it may be shown: a credential's by its name, keeping a scheme word."""
        if is_credential_header(name):
            scheme = next((s for s in _SCHEMES if value.startswith(s)), "")
            return f"{scheme}{MASK}"
        return self.text(value)

    def headers(self, headers: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Headers as a dict, each value as ``header`` shows it."""
        return {name: self.header(name, value) for name, value in headers}

    def url(self, url: str) -> str:
        """``url`` with a long secret masked anywhere; a URL is built from the caller's values, in which a
        short secret is far more likely an id (``/workspaces/7``) than the key, so it is left alone."""
        return self._pattern.sub(MASK, url) if self._pattern is not None else url
