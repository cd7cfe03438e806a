"""How a command ends: all it wrote reaches its reader, and a reader that goes away is a quiet status 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from testruns.cli import run

# Buffered, as a user's output is (the machine running the tests may set PYTHONUNBUFFERED).
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def test_a_reader_gone_before_the_output_ends_the_real_command_quietly_with_status_1() -> None:
    # `testruns vendors | head -0`, with the real command: no traceback, no "Exception ignored" line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    shown = subprocess.Popen(
        [sys.executable, "-m", "testruns", "vendors"], stdout=write_end, stderr=subprocess.PIPE, env=BUFFERED
    )
    os.close(write_end)
    _, err = shown.communicate(timeout=60)
    assert shown.returncode == 1
    assert err == b""


def test_a_whole_output_is_written_and_the_status_kept() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "testruns", "vendors", "--json"],
        capture_output=True,
        timeout=60,
        check=False,
        env=BUFFERED,
    )
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.endswith(b"\n") and done.stdout.count(b"\n") >= 1


class _ReaderGone(io.StringIO):
    """stdout once its reader has read the first line and gone (`testruns vendors | head -1`)."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


@pytest.mark.parametrize(
    "argv", [["vendors"], ["trigger", "loadforge", "--test-id", "42", "--duration", "10", "--dry-run"]]
)
def test_a_reader_that_goes_away_ends_the_command_quietly(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The rest of the output has nowhere to go, which is no error to report; the status still says it was cut.
    monkeypatch.setattr(sys, "stdout", _ReaderGone())
    assert run(argv) == 1
    assert capsys.readouterr().err == ""
