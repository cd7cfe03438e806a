"""Files written whole or not at all: a reader (or a crash) never meets half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["staged_beside"]


@contextlib.contextmanager
def staged_beside(path: Path) -> Iterator[Path]:
    """A scratch file beside ``path`` to write; it replaces ``path`` when the block ends, and is removed on failure."""
    handle, staged = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        yield Path(staged)
        os.replace(staged, path)
    except BaseException:
        Path(staged).unlink(missing_ok=True)
        raise
