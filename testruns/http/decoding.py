"""An answer's content encoding, undone within the answer's size bound.

httpx's and aiohttp's decoders expand each chunk they are given in one step: a
64 KiB gzip chunk can become 64 MiB before anyone counts it (a "gzip bomb").
The facade asks only for the encodings the standard library's ``zlib`` decodes
(``ACCEPT_ENCODING``) and decodes them here, asking ``zlib`` for at most one byte
more than the room left, so an answer is never held beyond ``max_response_bytes``
even while it is being decompressed. An encoding it did not ask for is refused.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

__all__ = ["ACCEPT_ENCODING", "Decode", "decoder"]

ACCEPT_ENCODING = "gzip, deflate"
"""What every request asks for (httpx's own default where neither brotli nor zstandard is installed)."""

Decode = Callable[[bytes, int], bytes]
"""Takes the next raw chunk and the room left; gives the decoded bytes, at most one past the room."""


class _Zlib:
    """gzip, or deflate in either of its spellings (zlib-wrapped, as the RFC says, or raw, as some servers send)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflate: zlib._Decompress | None = None

    def _start(self, chunk: bytes) -> zlib._Decompress:
        if self._gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # A zlib stream starts with a header whose first byte's low half says "deflate" (8) and whose first
        # two bytes, read as one number, are a multiple of 31 (RFC 1950, 2.2); anything else is raw deflate.
        wrapped = len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def __call__(self, chunk: bytes, room: int) -> bytes:
        if self._inflate is None:
            if not chunk:
                return b""
            self._inflate = self._start(chunk)
        # One byte past the room is enough to know the answer is too long; zlib stops there.
        return self._inflate.decompress(chunk, max(room, 0) + 1)


def decoder(encoding: str | None) -> Decode | None:
    """The decoder for a ``Content-Encoding`` header's value, None where there is nothing to undo; ``ValueError``
    for one the facade did not ask for."""
    name = (encoding or "").strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip", "deflate"):
        return _Zlib(name)
    raise ValueError(f"the answer is encoded as {encoding!r}, which was not asked for (only {ACCEPT_ENCODING})")
