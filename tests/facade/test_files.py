"""``staged_beside``: the JUnit report and a fetched spec are written whole, or the old file stays as it was."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from testruns.files import staged_beside


def test_the_file_is_replaced_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    target.write_text("old")
    with staged_beside(target) as staged:
        staged.write_text("new")
        assert target.read_text() == "old"  # not yet: a reader meets the old file whole
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xml"]


def test_a_failure_leaves_the_old_file_and_no_scratch(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    target.write_text("old")
    with pytest.raises(RuntimeError), staged_beside(target) as staged:
        staged.write_text("half")
        raise RuntimeError("the writer failed")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xml"]


def test_the_file_gets_the_mode_a_plain_write_would_give(tmp_path: Path) -> None:
    kept, new, plain = tmp_path / "spec.yaml", tmp_path / "report.xml", tmp_path / "plain.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    plain.write_text("")  # what the umask gives a new file
    for target in (kept, new):
        with staged_beside(target) as staged:
            staged.write_text("new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640  # a replaced file keeps its mode
    assert stat.S_IMODE(new.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
