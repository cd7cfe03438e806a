"""The TLS context vendors are verified with: httpx's trust (certifi, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``).

Loading the CA bundle takes about 20 ms, and httpx and aiohttp would each load it again for every
client and every vendor. One context per process serves them all; it is keyed by the two variables,
so a process that changes them gets a context that follows.
"""

from __future__ import annotations

import functools
import os
import ssl
from typing import Any

import httpx


def trusted_context() -> ssl.SSLContext:
    """The verifying context httpx would make for a client now, made once per trust setting."""
    return _context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    del cert_file, cert_dir  # only the cache's key: httpx reads both variables itself
    return httpx.create_ssl_context()


def httpx_client_options(transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> dict[str, Any]:
    """An httpx client's transport: the caller's as given, or httpx's own with the shared context.

    httpx's own mounts the environment's proxies (``HTTPS_PROXY``, ``NO_PROXY``), each verifying with it too.
    """
    return {"verify": trusted_context()} if transport is None else {"transport": transport}
