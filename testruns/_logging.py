"""Debug logging of every request and response, with the secret masked.

``TESTRUNS_LOG=debug`` turns it on (to stderr); otherwise the ``testruns``
logger stays silent unless the application configures it.
"""

from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("testruns")
MASK = "***"


def configure_from_env() -> None:
    """Attach a stderr handler when TESTRUNS_LOG asks for one (once per process)."""
    level = os.environ.get("TESTRUNS_LOG", "").strip().upper()
    if level and not getattr(logger, "_testruns_configured", False):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s testruns %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(getattr(logging, level, logging.DEBUG))
        logger._testruns_configured = True  # type: ignore[attr-defined]


def masked(text: str, secret: str | None) -> str:
    """``text`` with every occurrence of ``secret`` replaced by the mask."""
    return text.replace(secret, MASK) if secret else text


def masked_headers(headers: httpx.Headers, secret_header: str, secret: str | None) -> dict[str, str]:
    """The headers as a dict, the one that carries the secret masked (keeping a Bearer prefix)."""
    shown = {}
    for name, value in headers.items():
        if name.lower() == secret_header.lower():
            prefix, _, _ = value.partition(" ") if value.startswith("Bearer ") else ("", "", "")
            value = f"{prefix} {MASK}" if prefix else MASK
        shown[name] = masked(value, secret)
    return shown


def log_request(request: httpx.Request, secret_header: str, secret: str | None) -> None:
    """Log one outgoing request."""
    if logger.isEnabledFor(logging.DEBUG):
        body = masked(request.content.decode("utf-8", "replace"), secret) if request.content else ""
        logger.debug(
            "request %s %s headers=%s body=%s",
            request.method,
            masked(str(request.url), secret),
            masked_headers(request.headers, secret_header, secret),
            body,
        )


def enabled() -> bool:
    """Whether request and response logging is on (so a response body is worth reading early)."""
    return logger.isEnabledFor(logging.DEBUG)


def log_response(response: httpx.Response, secret: str | None) -> None:
    """Log one response (status and a short excerpt); its body must have been read."""
    if enabled():
        logger.debug(
            "response %s %s -> %s %s",
            response.request.method,
            masked(str(response.request.url), secret),
            response.status_code,
            masked(response.text[:500], secret),
        )
