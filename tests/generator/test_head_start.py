"""The models stage's head start: its worker makes the models, and never outlives the command."""

from __future__ import annotations

import os
import signal
import time
from multiprocessing import active_children
from pathlib import Path
from typing import Any, cast

import pytest

from generator import head_start, pipeline
from testruns.vendors.manifest import Manifest
from tests.conftest import generator_in_process


def _note_pid(stage: str, item: object, manifest: object, staging: Path) -> None:
    """Stands in for a real stage: notes which process ran it."""
    (staging / f"{stage}-{item}").write_text(str(os.getpid()))


def _load_slowly(mark: Path) -> None:
    """Stands in for the worker's loading: slow enough to be cut short, and marks its end if it is not."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(5)
    mark.write_text("loaded")


def test_the_models_are_made_by_the_head_start_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pipeline, "_run_stage", _note_pid)  # the forked workers inherit it
    head = head_start.start()
    (worker,) = head.workers
    plans: Any = ["a", "b"]
    try:
        pipeline._run_stages(cast(Manifest, None), plans, tmp_path, then=lambda: None, head_start=head)
    finally:
        head.discard()
    ran = {path.name: int(path.read_text()) for path in tmp_path.iterdir()}
    assert ran["models-a"] == ran["models-b"] == worker.pid
    assert worker.pid not in (ran["client-a"], ran["check-a"])
    assert not worker.is_alive()


def test_a_head_start_nobody_uses_is_ended_while_it_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mark = tmp_path / "loaded"
    monkeypatch.setattr(head_start, "_load", lambda: _load_slowly(mark))
    head = head_start.start()
    (worker,) = head.workers
    assert worker.is_alive()
    head.discard()
    assert not worker.is_alive()
    assert not mark.exists()  # killed, not waited for


def test_a_generate_with_nothing_to_do_leaves_no_worker_behind(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # the head start is made wherever there are two cores
    mark = tmp_path / "loaded"
    monkeypatch.setattr(head_start, "_load", lambda: _load_slowly(mark))
    made: list[head_start.HeadStart] = []
    start = head_start.start

    def start_and_note() -> head_start.HeadStart:
        made.append(start())
        return made[-1]

    monkeypatch.setattr(head_start, "start", start_and_note)
    argv = ["--manifest", str(workspace / "specs" / "vendors.yaml"), "--output", str(workspace / "generated")]
    assert generator_in_process([*argv, "generate"]) == 0  # generated/ is up to date
    assert [worker.is_alive() for head in made for worker in head.workers] == [False]
    assert active_children() == []
    assert not mark.exists()
