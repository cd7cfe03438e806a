"""The ``testruns`` logger's notices on stderr (a retry's wait, a long wait, a sandbox failure): a line each,
or a JSON object with ``--json``.

Its own module, loaded only by the commands that send or serve: ``--help``, ``vendors`` and a dry run have
nothing to say this way, and spare the import of logging.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator


class _JsonNotice(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"notice": record.getMessage()})


@contextlib.contextmanager
def notices_on_stderr(as_json: bool) -> Iterator[None]:
    """Each notice is one line on stderr, a JSON object with ``--json`` (unless TESTRUNS_LOG logs it all)."""
    if os.environ.get("TESTRUNS_LOG", "").strip():
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonNotice() if as_json else logging.Formatter("testruns: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("testruns")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(previous or logging.INFO, logging.INFO))
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
