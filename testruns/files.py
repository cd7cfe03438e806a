"""Files written whole or not at all: a reader (or a crash) never meets half of one."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

__all__ = ["staged_beside"]


def _scratch_beside(path: Path) -> Path:
    """A new empty file beside ``path``, with the permissions a plain write of ``path`` would leave."""
    while True:
        # os.urandom, not secrets (which loads hashlib and hmac): every command that can write a report imports this.
        scratch = path.with_name(f".{path.name}.{os.urandom(6).hex()}")
        try:
            # 0o666 less the umask, as for any new file (tempfile's are 0o600, and a rename keeps that).
            handle = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        try:
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(handle, stat.S_IMODE(path.stat().st_mode))  # a file replaced keeps its mode
        finally:
            os.close(handle)
        return scratch


@contextlib.contextmanager
def staged_beside(path: Path) -> Iterator[Path]:
    """A scratch file beside ``path`` to write; it replaces ``path`` when the block ends, and is removed on failure."""
    staged = _scratch_beside(path)
    try:
        yield staged
        os.replace(staged, path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
