"""``python -m generator fetch``: download each vendor's published document into ``specs/<vendor>/``.

A ``source.url`` is the document itself, written byte for byte. ``source.pages``
are documentation pages that embed it in fenced ``json`` / ``yaml`` blocks (as
Mintlify's ``.md`` pages do): one block is written as it stands; several (SPLX
publishes one per operation) are merged, as objects merge and lists gain what
they lack, and written as indented JSON. Each download has timeouts, a size
cap and retries on 5xx and dropped connections. Every vendor asked for is
downloaded and validated before anything is written, so an unreachable source
or a broken document changes nothing. Beside the spec, ``fetched.json``
records where it came from, when, and its sha256; an unchanged document is
left alone, record included.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import tenacity

from testruns.files import staged_beside
from testruns.vendors import Manifest, VendorEntry

from .documents import MAX_DOCUMENT_BYTES, read_document
from .effective_spec import validate_openapi
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


def _download(client: httpx.Client, url: str, vendor: str) -> bytes:
    """The body at ``url``, within the size cap; 5xx and transport faults are retried, the rest refused."""

    @tenacity.retry(
        stop=tenacity.stop_after_attempt(ATTEMPTS),
        wait=tenacity.wait_exponential(multiplier=0.5, max=4),
        retry=tenacity.retry_if_exception_type(_Transient),
        reraise=True,
    )
    def attempt() -> bytes:
        try:
            with client.stream("GET", url) as response:
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
                return bytes(kept)
        except httpx.HTTPError as exc:
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


def _parsed(text: str, suffix: str, vendor: str, label: str) -> Any:
    """``text`` read with the spec reader's own guards (size, aliases, syntax), as if it were a file."""
    with tempfile.TemporaryDirectory(prefix="testruns-fetch-") as folder:
        path = Path(folder) / f"{label}{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            return read_document(path, vendor=vendor)
        except GenerationError as error:
            raise GenerationError(f"{label}: {error.message}", vendor=vendor, location=error.location) from None


def _from_pages(client: httpx.Client, vendor: VendorEntry, target: Path) -> tuple[bytes, list[dict[str, str]]]:
    assert vendor.source is not None
    blocks: list[tuple[str, str, str]] = []
    pages = []
    for url in vendor.source.pages:
        body = _download(client, url, vendor.id)
        pages.append({"url": url, "sha256": hashlib.sha256(body).hexdigest()})
        text = body.decode("utf-8", "replace")
        blocks += [(url, lang, block) for lang, block in _blocks(text, url, vendor.id)]
    if len(blocks) == 1:
        return blocks[0][2].encode("utf-8"), pages
    merged: Any = None
    for url, lang, block in blocks:
        document = _parsed(block, ".json" if lang == "json" else ".yaml", vendor.id, url.rsplit("/", 1)[-1] or "page")
        merged = document if merged is None else _merge(merged, document, "", vendor.id)
    text = json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
    if target.suffix != ".json":
        raise GenerationError(
            f"{len(blocks)} embedded documents are merged as JSON, but the manifest's spec is {target.name}: "
            "name it openapi.json",
            vendor=vendor.id,
        )
    return text.encode("utf-8"), pages


def fetch_one(client: httpx.Client, vendor: VendorEntry, manifest: Manifest) -> Fetched:
    """Download and check one vendor's document; nothing is written."""
    if vendor.source is None:
        raise GenerationError("the manifest names no source to fetch from (add source: {url: ...})", vendor=vendor.id)
    target = manifest.specs_dir / vendor.spec
    if vendor.source.url:
        content = _download(client, vendor.source.url, vendor.id)
        pages: list[dict[str, str]] = []
    else:
        content, pages = _from_pages(client, vendor, target)
    document = _parsed(content.decode("utf-8", "replace"), target.suffix or ".yaml", vendor.id, target.name)
    if not isinstance(document, dict):
        raise GenerationError("the fetched document is not an OpenAPI mapping", vendor=vendor.id)
    validate_openapi(document, vendor=vendor.id, file=target)
    record = {
        "source": vendor.source.url or list(vendor.source.pages),
        "pages": pages,
        "fetched_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    return Fetched(vendor, content, record, target)


def fetch(manifest: Manifest, vendors: Sequence[VendorEntry], client: httpx.Client | None = None) -> list[Fetched]:
    """Every asked vendor's document, downloaded and checked; an error for any of them writes nothing."""
    own = client is None
    http = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": "testruns-fetch"})
    try:
        return [fetch_one(http, vendor, manifest) for vendor in vendors]
    finally:
        if own:
            http.close()


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
