"""``python -m testruns_generator fetch``: download each vendor's published document into ``specs/<vendor>/``.

A ``source.url`` is the document itself, written byte for byte. ``source.pages``
are documentation pages that embed it in fenced ``json`` / ``yaml`` blocks (as
Mintlify's ``.md`` pages do): one block is written as it stands; several (SPLX
publishes one per operation) are merged, as objects merge and lists gain what
they lack, and written as indented JSON. Each download has timeouts, a size
cap and retries on 5xx and dropped connections, and each vendor's document a
deadline for all of it (``FETCH_DEADLINE``, ``--deadline``), however slowly a server
sends. What arrives is checked as ``generate`` checks a spec (the same reader,
overlay and checks), and every vendor asked for is downloaded and checked
before anything is written, so an unreachable source or a document
``generate`` would refuse changes nothing. Beside the spec, ``fetched.json``
records where it came from, when, and its sha256; an unchanged document is
left alone, record included.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import tenacity

from testruns.files import staged_beside
from testruns.text import clipped
from testruns.vendors import Manifest, VendorEntry

from . import FETCH_DEADLINE
from .documents import MAX_DOCUMENT_BYTES, decoded, parse_document
from .effective_spec import checked_effective_spec
from .errors import GenerationError

__all__ = ["RECORD_FILE", "Fetched", "fetch", "write"]

RECORD_FILE = "fetched.json"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
ATTEMPTS = 3
# A fence of three or more backticks (or tildes) whose info string starts json or yaml; closed by the same.
_FENCE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})\s*(?P<lang>json|yaml|yml)\b[^\n]*\n(?P<body>.*?)^(?P=fence)\s*$", re.M | re.S
)


@dataclass(frozen=True)
class Fetched:
    """One vendor's document, downloaded and checked, not yet written."""

    vendor: VendorEntry
    content: bytes
    record: dict[str, Any]
    path: Path

    @property
    def changed(self) -> bool:
        """Whether it differs from the file in ``specs/`` now."""
        try:
            return self.path.read_bytes() != self.content
        except OSError:
            return True


class _Transient(Exception):
    """A 5xx or a dropped connection: worth another try."""


class _Deadline:
    """One vendor's deadline. Timeouts bound each read, not a server that sends a byte every half second
    (head or body): at the deadline, every connection made for the document is shut, so the read waiting on
    it returns at once."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds  # from now: made as the vendor's fetch starts
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def left(self) -> float:
        """Seconds to go (0 or less: passed)."""
        return self.at - time.monotonic()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpx's ``trace`` request extension: keep each connection's socket (TCP, then TLS over it) to shut."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            sock = info["return_value"].get_extra_info("socket")
            with self._lock:
                self._sockets.append(sock)
                if self.passed:
                    _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                _shut(sock)

    @contextlib.contextmanager
    def running(self) -> Iterator[_Deadline]:
        """The deadline kept while the block runs."""
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    # The plain socket's own shutdown, also for a TLS one: SSLSocket.shutdown would drop its TLS state under
    # the reading thread's feet. A socket already closed (or handed over to TLS) has nothing to shut.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@dataclass(frozen=True)
class _Arrived:
    """A downloaded body, and what the server said it was."""

    url: str
    body: bytes
    content_type: str

    def described(self) -> str:
        """What arrived, for an error: its content type and its first bytes, escaped and cut."""
        start = clipped(self.body[:120].decode("utf-8", "replace"), 60) if self.body else ""
        kind = clipped(self.content_type, 60) if self.content_type else "no content type"
        return f"the server sent {kind}, " + (f"starting '{start}'" if start else "nothing")


def _download(client: httpx.Client, url: str, vendor: str, deadline: _Deadline) -> _Arrived:
    """The body at ``url``, within the size cap and the deadline; 5xx and transport faults are retried, the
    rest refused."""
    late = GenerationError(
        f"{url} did not arrive within the {deadline.seconds:g} s a document may take (--deadline)", vendor=vendor
    )

    def wait(state: tenacity.RetryCallState) -> float:
        return min(tenacity.wait_exponential(multiplier=0.5, max=4)(state), max(deadline.left(), 0.0))

    @tenacity.retry(
        stop=tenacity.stop_after_attempt(ATTEMPTS),
        wait=wait,
        retry=tenacity.retry_if_exception_type(_Transient),
        reraise=True,
    )
    def attempt() -> _Arrived:
        if deadline.left() <= 0:
            raise late
        try:
            with client.stream("GET", url, extensions={"trace": deadline.trace}) as response:
                if response.status_code >= 500:
                    raise _Transient(f"HTTP {response.status_code}")
                if response.status_code != 200:
                    raise GenerationError(f"cannot fetch {url}: HTTP {response.status_code}", vendor=vendor)
                kept = bytearray()
                for chunk in response.iter_bytes():
                    kept += chunk
                    if len(kept) > MAX_DOCUMENT_BYTES:
                        raise GenerationError(
                            f"{url} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB; not read further",
                            vendor=vendor,
                        )
                return _Arrived(url, bytes(kept), response.headers.get("content-type", ""))
        except httpx.HTTPError as exc:
            if deadline.passed:
                raise late from None
            raise _Transient(f"{type(exc).__name__}: {exc}") from None

    try:
        return attempt()
    except _Transient as failed:
        raise GenerationError(f"cannot fetch {url} after {ATTEMPTS} attempts: {failed}", vendor=vendor) from None


def _blocks(page: str, url: str, vendor: str) -> list[tuple[str, str]]:
    """The OpenAPI documents a page embeds: (language, text) of each fenced block that holds one."""
    found = []
    for match in _FENCE.finditer(page):
        text = match.group("body")
        if re.search(r'(^|[{,])\s*"?openapi"?\s*:', text, re.M):
            found.append((match.group("lang"), text))
    if not found:
        raise GenerationError(
            f"{url} embeds no OpenAPI document (no json or yaml block with an openapi key)", vendor=vendor
        )
    return found


def _merge(into: Any, other: Any, where: str, vendor: str) -> Any:
    """Merge ``other`` into ``into``: objects by key, lists by what they lack; other values must agree."""
    if isinstance(into, dict) and isinstance(other, dict):
        merged = dict(into)
        for key, value in other.items():
            merged[key] = _merge(into[key], value, f"{where}/{key}", vendor) if key in into else value
        return merged
    if isinstance(into, list) and isinstance(other, list):
        return into + [item for item in other if item not in into]
    if into != other:
        raise GenerationError(
            f"the embedded documents disagree at {where or '/'}: {json.dumps(into)[:60]} vs {json.dumps(other)[:60]}",
            vendor=vendor,
        )
    return into


def _from_pages(
    client: httpx.Client, vendor: VendorEntry, target: Path, deadline: _Deadline
) -> tuple[bytes, list[dict[str, str]], str]:
    """The document the pages embed, a record of each page, and where it came from (for errors)."""
    assert vendor.source is not None
    blocks: list[tuple[str, str, str]] = []
    pages = []
    for url in vendor.source.pages:
        arrived = _download(client, url, vendor.id, deadline)
        pages.append({"url": url, "sha256": hashlib.sha256(arrived.body).hexdigest()})
        text = decoded(arrived.body, url, vendor.id)
        try:
            blocks += [(url, lang, block) for lang, block in _blocks(text, url, vendor.id)]
        except GenerationError as error:
            raise GenerationError(f"{error.message}; {arrived.described()}", vendor=vendor.id) from None
    if len(blocks) == 1:
        return blocks[0][2].encode("utf-8"), pages, blocks[0][0]
    merged: Any = None
    for url, lang, block in blocks:
        document = parse_document(block.encode("utf-8"), url, suffix=f".{lang}", vendor=vendor.id)
        merged = document if merged is None else _merge(merged, document, "", vendor.id)
    text = json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
    if target.suffix != ".json":
        raise GenerationError(
            f"{len(blocks)} embedded documents are merged as JSON, but the manifest's spec is {target.name}: "
            "name it openapi.json",
            vendor=vendor.id,
        )
    return text.encode("utf-8"), pages, ", ".join(vendor.source.pages)


def fetch_one(
    client: httpx.Client, vendor: VendorEntry, manifest: Manifest, deadline: float = FETCH_DEADLINE
) -> Fetched:
    """Download one vendor's document, within ``deadline`` seconds, and check it as ``generate`` would check the
    spec (read, overlaid, validated); nothing is written."""
    if vendor.source is None:
        raise GenerationError("the manifest names no source to fetch from (add source: {url: ...})", vendor=vendor.id)
    target = manifest.specs_dir / vendor.spec
    pages: list[dict[str, str]] = []
    seen = ""  # what arrived, for an error: a whole document's, not one block of a page's
    with _Deadline(deadline).running() as clock:
        if vendor.source.url:
            arrived = _download(client, vendor.source.url, vendor.id, clock)
            content, source, seen = arrived.body, arrived.url, f"; {arrived.described()}"
        else:
            content, pages, source = _from_pages(client, vendor, target, clock)
    try:
        document = parse_document(content, source, suffix=target.suffix, vendor=vendor.id)
    except GenerationError as error:
        raise GenerationError(
            f"{error.message}{seen}", vendor=vendor.id, file=source, location=error.location
        ) from None
    if not isinstance(document, dict):
        raise GenerationError(f"not an OpenAPI document (a mapping){seen}", vendor=vendor.id, file=source)
    try:
        checked_effective_spec(vendor, manifest, document)
    except GenerationError as error:
        if error.file == str(target):  # the document itself: name where it came from, not the file it would be
            raise GenerationError(
                f"{error.message} (generate would refuse it)", vendor=vendor.id, file=source, location=error.location
            ) from None
        raise GenerationError(
            f"with the document fetched from {source}: {error.message}",
            vendor=vendor.id,
            file=error.file,
            location=error.location,
        ) from None
    record = {
        "source": vendor.source.url or list(vendor.source.pages),
        "pages": pages,
        "fetched_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    return Fetched(vendor, content, record, target)


def fetch(manifest: Manifest, vendors: Sequence[VendorEntry], *, deadline: float = FETCH_DEADLINE) -> list[Fetched]:
    """Every asked vendor's document, downloaded (each within ``deadline`` seconds) and checked; an error for
    any of them writes nothing."""
    results = []
    for vendor in vendors:
        # A client per vendor: every connection it makes is one that vendor's deadline knows of, and shuts.
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": "testruns-fetch"}) as http:
            results.append(fetch_one(http, vendor, manifest, deadline))
    return results


def _replace(path: Path, content: bytes) -> None:
    with staged_beside(path) as staged:
        staged.write_bytes(content)


def write(fetched: Sequence[Fetched]) -> list[str]:
    """Write the documents that changed, each with its record; the vendors written."""
    written = []
    for item in fetched:
        if not item.changed:
            continue
        item.path.parent.mkdir(parents=True, exist_ok=True)
        _replace(item.path, item.content)
        record = json.dumps(item.record, indent=2) + "\n"
        _replace(item.path.parent / RECORD_FILE, record.encode("utf-8"))
        written.append(item.vendor.id)
    return written
