"""Keeping secrets out of everything testruns shows: messages, dry runs, ``--json`` output, logs, errors.

Two rules, applied in this order:

- A header that carries credentials is masked by its name, always:
  ``Authorization``, ``Proxy-Authorization``, ``Cookie``, ``Set-Cookie``, and any
  header whose name contains ``token``, ``key``, ``secret``, ``password`` or ``auth``.
- A secret's text inside other data (a vendor echoing the key in an error, a
  log line) is masked where it cannot be an ordinary word or number: anywhere,
  when the secret is at least ``MIN_SECRET_LENGTH`` characters long, as it is
  spelt and percent-encoded (a ``Location`` or a URL in a body); otherwise
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
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = ["MASK", "MIN_SECRET_LENGTH", "Redactor", "is_credential_header"]

MASK = "***"
MIN_SECRET_LENGTH = 8
_CREDENTIAL_NAMES = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_CREDENTIAL_WORDS = ("token", "key", "secret", "password", "auth")
_SCHEMES = ("Bearer ", "Basic ", "Token ")


def _encoded(secret: str) -> set[str]:
    """``secret`` percent-encoded as a URL's path or query would carry it (``+`` as ``%2B``, a space as ``+``),
    in upper- and lower-case hex: a key of base64's ``+/=`` does not read as itself there."""
    raw = secret.encode("utf-8", "surrogatepass")  # a lone surrogate (a value never sent) is spelt, not refused
    spellings = {quote(raw, safe=""), quote(raw), quote_plus(raw)} - {secret}
    return spellings | {re.sub("%[0-9A-F]{2}", lambda hex_: hex_.group().lower(), s) for s in spellings}


def is_credential_header(name: str) -> bool:
    """Whether a header of this name carries a credential, and so is always masked."""
    lowered = name.lower()
    return lowered in _CREDENTIAL_NAMES or any(word in lowered for word in _CREDENTIAL_WORDS)


class Redactor:
    """Masks a set of secrets in text, data, headers and URLs."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        found = {secret for secret in secrets if secret}
        long = {s for s in found if len(s) >= MIN_SECRET_LENGTH}
        self._count = len(found)
        # Longest first, so a secret containing another is masked whole.
        self._long = sorted(long | {spelling for s in long for spelling in _encoded(s)}, key=len, reverse=True)
        self._short = frozenset(s for s in found if len(s) < MIN_SECRET_LENGTH)
        self._pattern = re.compile("|".join(map(re.escape, self._long))) if self._long else None
        # What ``may_hold`` looks for in an answer's bytes, in one search: a JSON escape; a NUL, which no UTF-8
        # JSON holds but UTF-16 and UTF-32 JSON (which ``json.loads`` reads too) always do; a secret's UTF-8.
        needles = [b"\\", b"\x00", *(s.encode("utf-8", "surrogatepass") for s in [*self._long, *self._short])]
        self._echo = re.compile(b"|".join(map(re.escape, needles)))

    def __repr__(self) -> str:
        return f"Redactor({self._count} secrets)"

    def text(self, text: str) -> str:
        """``text`` with every secret masked (a short secret only where it is the whole text)."""
        if self._pattern is not None:
            text = self._pattern.sub(MASK, text)
        return MASK if text in self._short or text.strip() in self._short else text

    def excerpt(self, text: str, limit: int = 200) -> str:
        """The first ``limit`` characters of ``text``, masked before it is cut."""
        return self.text(text)[:limit]

    def body(self, content: bytes, limit: int = 200) -> str:
        """The first ``limit`` characters of a request's or an answer's body, every secret masked before the cut.

        A JSON body that may hold a secret (``may_hold``) is masked value by value and written out again: an
        escape (``\\u0073k-...``, ``\\/``, or any non-ASCII letter where the JSON is ASCII) spells a secret in
        the text without its letters. Other text is decoded as ``json.loads`` would and masked as it is.
        """
        if self.may_hold(content):
            try:
                document = json.loads(content)
            except (ValueError, RecursionError):
                pass  # not JSON: masked as text
            else:
                try:
                    return json.dumps(self.data(document), ensure_ascii=False)[:limit]
                except (ValueError, RecursionError):
                    return "(a body nested too deeply to show)"
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
