"""Commands end their process at once (``testruns._exit``): nothing they wrote may be lost on the way."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testruns.cli import run

# Buffered, as a user's output is (the machine running the tests may set PYTHONUNBUFFERED).
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}

ENDING = """
import logging, sys
from testruns._exit import exit_now
handler = logging.FileHandler(sys.argv[1])
logging.getLogger("ending").addHandler(handler)
logging.getLogger("ending").warning("the last log line")
sys.stdout.write("o" * int(sys.argv[3]))  # not flushed by the script itself
sys.stderr.write("the last error line")
exit_now(int(sys.argv[2]))
print("never reached")
"""


@pytest.mark.parametrize("size", [100, 200_000], ids=["within the buffer", "beyond it"])
def test_buffered_output_and_logs_are_flushed_and_the_status_kept(tmp_path: Path, size: int) -> None:
    log = tmp_path / "log.txt"
    ended = subprocess.run(
        [sys.executable, "-c", ENDING, str(log), "3", str(size)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=BUFFERED,
    )
    assert ended.returncode == 3
    assert ended.stdout == "o" * size
    assert ended.stderr == "the last error line"
    assert log.read_text() == "the last log line\n"


def test_output_nobody_reads_is_a_failure_not_a_success(tmp_path: Path) -> None:
    # The reader is gone before the final flush (the output still sits in the stream's buffer): as with
    # the interpreter's own exit, the status says so.
    reader_gone = subprocess.Popen(
        [sys.executable, "-c", ENDING, str(tmp_path / "log.txt"), "0", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=BUFFERED,
    )
    assert reader_gone.stdout is not None
    reader_gone.stdout.close()
    assert reader_gone.wait(timeout=60) == 1


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
