"""``testruns wait`` and ``trigger --wait``: follow a run to its end, show it, and turn it into an exit code.

On a terminal, one live line (a spinner, the vendor's state, the time so far);
in a CI log, one plain line per change of state, never one per poll. Ctrl-C
prints the run id and the command that resumes the wait (and cancels the run
first with ``--cancel-on-interrupt``, where the vendor can cancel). SIGTERM,
which CI systems send a job they cancel, is taken the same way while waiting.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import TestRunsError, WaitTimeoutError
from .._models import RunStatus
from ..runs.adapter import VendorAdapter
from ..text import printable
from .output import raw_as_json, say
from .reports import Verdict, append_step_summary, write_junit

__all__ = ["EXIT_CODES", "FollowOptions", "follow", "status_json"]

# The README's table: a run's end as the job's exit code.
# An inconclusive run (a verdict the manifest does not map) has its own code: over, never a pass, and a sign
# that the manifest needs the vendor's new word rather than that the run broke.
EXIT_CODES = {"passed": 0, "finished": 0, "failed": 9, "cancelled": 10, "error": 10, "inconclusive": 12}
EXIT_INTERRUPTED = 10
EXIT_NOT_REPORTED = 1  # a run that passed, whose report (asked for) is missing: the job must not pass


@dataclass(frozen=True)
class FollowOptions:
    """What ``wait`` / ``trigger --wait`` were asked for."""

    timeout: float
    poll: float
    junit: Path | None = None
    cancel_on_interrupt: bool = False
    as_json: bool = False


def status_json(status: RunStatus) -> dict[str, Any]:
    """A status as ``--json`` prints it (``status`` and ``wait``), secrets masked in its raw answer."""
    return {
        "vendor": status.vendor,
        "run_id": status.run_id,
        "state": status.state,
        "vendor_state": status.vendor_state,
        "done": status.done,
        "message": status.message,
        "raw": raw_as_json(status.raw),
    }


def _shown_state(status: RunStatus) -> str:
    word = f" ({status.vendor_state})" if status.vendor_state and status.vendor_state != status.state else ""
    return printable(f"{status.state}{word}")


class Progress:
    """The ``on_status`` of a wait: a live line on a terminal, a plain line per change elsewhere."""

    def __init__(self, vendor: str, run_id: str, *, live: bool, quiet: bool) -> None:
        self._vendor, self._run_id = vendor, printable(run_id)
        self._live, self._quiet = live and not quiet, quiet
        self._started = time.monotonic()
        self._last: tuple[str, str | None] | None = None
        self._text = "waiting for its first status"
        self._status: Any = None

    def __enter__(self) -> Progress:
        if self._live:
            from rich.console import Console  # noqa: PLC0415 - only on a terminal
            from rich.status import Status  # noqa: PLC0415

            self._status = Status(self, console=Console(stderr=True, highlight=False))
            self._status.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.stop()

    def __rich__(self) -> Any:
        from rich.text import Text  # noqa: PLC0415

        # Worked out at each refresh, so the time keeps moving between polls.
        return Text(f"{self._vendor}: run {self._run_id} {self._text} · {self.elapsed():.0f} s")

    def elapsed(self) -> float:
        """Seconds since the wait began."""
        return time.monotonic() - self._started

    def __call__(self, status: RunStatus) -> None:
        self._text = _shown_state(status)
        seen = (status.state, status.vendor_state)
        # The end is the command's own last line; a change is one line; a poll that changes nothing, none.
        if seen == self._last or self._quiet or self._live or status.done:
            self._last = seen
            return
        self._last = seen
        sys.stderr.write(f"{self._vendor}: run {self._run_id} {self._text} after {self.elapsed():.0f} s\n")
        sys.stderr.flush()


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While waiting, SIGTERM (a CI job being cancelled) is handled as Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def resume_command(vendor: str, params: Mapping[str, Any]) -> str:
    """The shell command that waits for the same run again."""
    from .options import example_argv  # noqa: PLC0415

    scope = {name: value for name, value in params.items() if name != "run_id"}
    return shlex.join(["testruns", "wait", vendor, "--run-id", str(params["run_id"]), *example_argv(scope)])


def _report(options: FollowOptions, verdict: Verdict) -> bool:
    """Write the JUnit file and the step summary that were asked for; whether both could be written.

    One that cannot be (a disk that filled while the run went on) is said on stderr with the run's outcome,
    never as a bare ``OSError`` after a run that ended: the outcome stands, and the run is not started again.
    """
    written = True
    summary = os.environ.get("GITHUB_STEP_SUMMARY", "").strip()
    reports = [("JUnit report", options.junit, write_junit), ("step summary", summary, append_step_summary)]
    for what, path, write in reports:
        if not path:
            continue
        try:
            write(Path(path), verdict)
        except OSError as exc:
            written = False
            why = exc.strerror or type(exc).__name__
            say(
                f"{verdict.vendor}: run {printable(verdict.run_id)} {verdict.outcome}, but its {what} could not be "
                f"written to {printable(str(path))} ({why})",
                stderr=True,
            )
    return written


def _interrupted(adapter: VendorAdapter, params: Mapping[str, Any], options: FollowOptions) -> str:
    """What Ctrl-C leaves: the run cancelled where asked and possible, else the way to resume."""
    vendor, run_id = adapter.vendor_id, str(params["run_id"])
    if options.cancel_on_interrupt:
        if "cancel" not in adapter.endpoints:
            say(f"{vendor}: interrupted; the vendor cannot cancel, so run {run_id} goes on", stderr=True)
        else:
            scope = {k: v for k, v in params.items() if k in adapter.endpoint("cancel").names}
            try:
                adapter.run("cancel", scope)
            except TestRunsError as error:
                say(f"{vendor}: interrupted; cancelling run {run_id} failed: {error.message}", stderr=True)
            else:
                say(f"{vendor}: interrupted; run {run_id} was cancelled", stderr=True)
                return "cancelled on interrupt"
    say(f"{vendor}: interrupted; run {run_id} goes on. Resume with: {resume_command(vendor, params)}", stderr=True)
    return "interrupted"


def follow(adapter: VendorAdapter, params: Mapping[str, Any], options: FollowOptions, *, name: str) -> int:
    """Wait for the run ``params`` names, show its end and report it; the exit code it stands for."""
    vendor, run_id = adapter.vendor_id, str(params["run_id"])
    progress = Progress(vendor, run_id, live=sys.stderr.isatty(), quiet=options.as_json)
    try:
        with _terminate_as_interrupt(), progress:
            final = adapter.wait_for(params, timeout=options.timeout, poll=options.poll, on_status=progress)
    except WaitTimeoutError as error:
        word = error.last.vendor_state if error.last is not None else None
        seconds = round(progress.elapsed(), 1)
        _report(options, Verdict(vendor, name, run_id, "timed out", word, seconds, error.message))
        if not options.as_json:
            say(f"the run goes on; wait again with: {resume_command(vendor, params)}", stderr=True)
        raise
    except KeyboardInterrupt:
        outcome = _interrupted(adapter, params, options)
        seconds = round(progress.elapsed(), 1)
        _report(options, Verdict(vendor, name, run_id, outcome, None, seconds, f"the wait was {outcome}"))
        if options.as_json:
            sys.stdout.write(
                json.dumps({"vendor": vendor, "run_id": run_id, "state": outcome, "exit_code": EXIT_INTERRUPTED}) + "\n"
            )
        return EXIT_INTERRUPTED
    code = EXIT_CODES.get(final.state, EXIT_INTERRUPTED)
    # One reading of the clock, so stdout, --json, the JUnit file and the summary give the same duration.
    seconds = round(progress.elapsed(), 1)
    if not _report(options, Verdict(vendor, name, run_id, final.state, final.vendor_state, seconds, final.message)):
        code = code or EXIT_NOT_REPORTED
    if options.as_json:
        shown = {**status_json(final), "seconds": seconds, "exit_code": code}
        sys.stdout.write(json.dumps(shown, default=str) + "\n")
    else:
        message = f": {final.message}" if final.message else ""
        say(f"{vendor}: run {run_id} {_shown_state(final)} after {seconds:g} s{message}")
    return code
