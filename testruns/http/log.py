"""Logging of every attempt, response and retry, with credentials masked.

``TESTRUNS_LOG=debug`` turns it on (to stderr); otherwise the ``testruns``
logger stays silent unless the application (or the ``testruns`` command,
which shows retries) configures it. Retries are logged at INFO, every request
and response at DEBUG.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .redact import Redactor
    from .target import Target

logger = logging.getLogger("testruns")


class _Masking(logging.Filter):
    """Masks every live client's secrets in what httpx and httpcore log themselves: a URL with a password
    field in its query, a reason phrase or a header a vendor echoed. Their records still pass. Logging makes a
    record only where its logger is on, so this costs nothing otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self._targets: weakref.WeakSet[Target] = weakref.WeakSet()
        self._lock = threading.Lock()  # a client made in one thread while another logs

    def add(self, target: Target) -> None:
        """Mask ``target``'s secrets from now on, as long as it lives."""
        with self._lock:
            self._targets.add(target)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            redactors = [target.redactor for target in self._targets]
        if not redactors:
            return True
        # httpx logs with arguments; httpcore logs its trace as one finished text.
        record.msg = _masked(record.msg, redactors)
        if isinstance(record.args, tuple):
            record.args = tuple(_masked(arg, redactors) for arg in record.args)
        elif isinstance(record.args, dict):  # logging's other form: one mapping of arguments
            record.args = {key: _masked(arg, redactors) for key, arg in record.args.items()}
        return True


def _masked(arg: object, redactors: list[Redactor]) -> object:
    if isinstance(arg, int | float) or arg is None:
        return arg
    text = str(arg)
    for redactor in redactors:
        text = redactor.text(text)
    return text


_MASKING = _Masking()


def mask_dependency_logs(target: Target) -> None:
    """Mask ``target``'s secrets, as long as it lives, in httpx's and httpcore's own log records.

    A logger's filter sees only the records logged to it, so the filter goes on ``httpx`` and on each
    ``httpcore`` logger there is (httpcore makes its own per module, as httpx loads it).
    """
    names = ["httpx", *(name for name in logging.Logger.manager.loggerDict if name.startswith("httpcore"))]
    for name in names:
        dependency = logging.getLogger(name)
        if _MASKING not in dependency.filters:
            dependency.addFilter(_MASKING)
    _MASKING.add(target)


def configure_from_env() -> None:
    """Attach a stderr handler when TESTRUNS_LOG asks for one (once per process)."""
    level = os.environ.get("TESTRUNS_LOG", "").strip().upper()
    if level and not getattr(logger, "_testruns_configured", False):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s testruns %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(getattr(logging, level, logging.DEBUG))
        logger._testruns_configured = True  # type: ignore[attr-defined]


def enabled() -> bool:
    """Whether request and response logging is on."""
    return logger.isEnabledFor(logging.DEBUG)


def log_request(request: httpx.Request, redactor: Redactor, attempt: int) -> None:
    """Log one attempt of an outgoing request."""
    if enabled():
        body = redactor.body(request.content, 2000) if request.content else ""
        logger.debug(
            "request %s %s (attempt %d) headers=%s body=%s",
            request.method,
            redactor.url(str(request.url)),
            attempt,
            redactor.headers(request.headers.items()),
            body,
        )


def log_response(response: Any, redactor: Redactor, seconds: float) -> None:
    """Log one response (status, time, headers and a masked excerpt); its body must have been read."""
    if enabled():
        logger.debug(
            "response %s %s -> %s in %.3f s headers=%s body=%s",
            response.request.method,
            redactor.url(str(response.request.url)),
            response.status_code,
            seconds,
            redactor.headers(response.headers.items()),
            redactor.body(response.content, 500),
        )


def _what(reason: str, vendor: str) -> str:
    """``429 from Tester Army``, ``a failed connection to LoadForge``, ``a timeout waiting for SPLX``."""
    if reason[:1].isdigit():
        return f"{reason} from {vendor}"
    return f"{reason} waiting for {vendor}" if reason == "a timeout" else f"{reason} to {vendor}"


def log_retry(vendor: str, reason: str, delay: float) -> None:
    """Say, at INFO, that a call waits ``delay`` seconds before trying again (the CLI shows it on stderr)."""
    logger.info("retrying in %s s: %s", f"{delay:.3g}", _what(reason, vendor))


def log_poll_retry(vendor: str, reason: str, delay: float) -> None:
    """Say, at INFO, that a wait reads the status again after ``reason`` (a 503, a timeout)."""
    logger.info("reading the status again in %s s: %s", f"{delay:.3g}", _what(reason, vendor))


def long_waits_shown() -> bool:
    """Whether ``log_long_wait`` would say anything: a call not watched for it spends no timer on it."""
    return logger.isEnabledFor(logging.INFO)


def log_long_wait(vendor: str, seconds: float, operation: str) -> None:
    """Say, at INFO, that a call has waited ``seconds`` for its answer and is still waiting."""
    why = " (a trigger is never sent twice: it may have started a run)" if operation == "trigger" else ""
    logger.info("still waiting for the answer from %s after %s s%s", vendor, f"{seconds:.3g}", why)
