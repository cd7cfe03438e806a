"""The GitHub Action's step (``action.yml``): trigger a run with the ``testruns`` command, hand its end to the job.

The inputs arrive as environment variables (``INPUT_VENDOR`` ...), mapped by ``action.yml``, and are never
spliced into a shell line: ``arguments`` is split as a shell would split it, but no shell runs it. The
command runs with ``--json`` so that its answer is read, not scraped; its notices are echoed to the log as
they come. The outputs ``run-id``, ``state`` and ``junit-path`` go to ``GITHUB_OUTPUT``, and the step ends
with the command's exit code, so a failed run fails the job (the exit codes are the CLI's table).

The step summary: a followed run's is the command's own (it appends to ``GITHUB_STEP_SUMMARY`` at the
run's end); this script adds one only where the command does not: a run triggered without waiting, or a
command that failed before its run was followed.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

INPUTS = ("vendor", "arguments", "wait", "timeout", "junit")
OUTPUTS = ("run-id", "state", "junit-path")
# The command's exit codes after which it has written the step summary itself: the end of a followed run.
FOLLOWED_END = {0, 9, 10, 11, 12}
EXIT_USAGE = 2


class InputError(Exception):
    """An input of the action that cannot be used; nothing was run."""


def read_inputs(env: dict[str, str]) -> tuple[list[str], str, Path | None]:
    """The ``testruns`` argv (after the program) for the inputs in ``env``, the vendor, and the JUnit path."""
    vendor = env.get("INPUT_VENDOR", "").strip()
    if not vendor:
        raise InputError("input 'vendor' is required: a vendor id, as `testruns vendors` lists them")
    try:
        arguments = shlex.split(env.get("INPUT_ARGUMENTS", ""))
    except ValueError as exc:
        raise InputError(f"input 'arguments' cannot be split as a shell would: {exc}") from None
    wait = env.get("INPUT_WAIT", "true").strip().lower()
    if wait not in ("true", "false"):
        raise InputError(f"input 'wait' must be true or false, not {wait!r}")
    junit = env.get("INPUT_JUNIT", "").strip()
    if junit and wait == "false":
        raise InputError("input 'junit' needs 'wait: true': the report tells how the run ended")
    argv = ["trigger", vendor, *arguments, "--json"]
    if wait == "true":
        argv += ["--wait", "--wait-timeout", env.get("INPUT_TIMEOUT", "").strip() or "30m"]
    if junit:
        argv += ["--junit", junit]
    return argv, vendor, Path(junit) if junit else None


def _echo_notices(stream: IO[str], seen: list[dict[str, Any]]) -> None:
    """Show the command's stderr in the log as it comes, keeping its JSON objects."""
    for line in stream:
        try:
            item = json.loads(line)
        except ValueError:
            item = None
        if isinstance(item, dict):
            seen.append(item)
            text = item.get("notice") or f"{item.get('error', 'error')}: {item.get('message', '')}"
            print(f"testruns: {text}", file=sys.stderr, flush=True)
        else:
            sys.stderr.write(line)
            sys.stderr.flush()


def run_command(command: list[str]) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    """Run ``command``: its exit code, its JSON answer on stdout (or ``{}``) and the JSON lines of its stderr."""
    seen: list[dict[str, Any]] = []
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    reader = threading.Thread(target=_echo_notices, args=(process.stderr, seen), daemon=True)
    reader.start()

    # A cancelled job's SIGTERM (or Ctrl-C) goes to the command, which ends its wait as an interrupt and says so.
    def forward(signum: int, frame: object) -> None:
        process.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, forward)
    out = process.stdout.read()
    code = process.wait()
    reader.join()
    try:
        answer = json.loads(out) if out.strip() else {}
    except ValueError:
        answer = {}
    return code, answer if isinstance(answer, dict) else {}, seen


def _state(code: int, wait: bool, answer: dict[str, Any]) -> str:
    if code == 11:
        return "timed-out"
    if not wait and code == 0:
        return "triggered"
    return str(answer.get("state") or "")


def _md(text: str) -> str:
    """Vendor text in one Markdown line: printable, no markup, no HTML."""
    plain = "".join(char if char.isprintable() else " " for char in text)
    for char in "\\`*_[]<>#|":
        plain = plain.replace(char, f"\\{char}")
    return plain


def write_outputs(path: Path, values: dict[str, str]) -> None:
    """Append ``values`` to GitHub's ``GITHUB_OUTPUT`` file, each in a block no value can close."""
    with path.open("a", encoding="utf-8") as output:
        for name, value in values.items():
            end = f"testruns_{secrets.token_hex(8)}"
            output.write(f"{name}<<{end}\n{value}\n{end}\n")


def main() -> int:
    """Run the action's step; its exit code."""
    env = dict(os.environ)
    summary = env.get("GITHUB_STEP_SUMMARY", "").strip()
    outputs = env.get("GITHUB_OUTPUT", "").strip()
    try:
        argv, vendor, junit = read_inputs(env)
    except InputError as exc:
        print(f"testruns action: {exc}", file=sys.stderr)
        if summary:
            with Path(summary).open("a", encoding="utf-8") as file:
                file.write(f"### ❌ testruns: {_md(str(exc))}\n\n")
        return EXIT_USAGE
    wait = "--wait" in argv
    if junit is not None:
        # The command writes the report beside its path and moves it there, so the folder must exist.
        junit.parent.mkdir(parents=True, exist_ok=True)
    command = [env.get("TESTRUNS_COMMAND") or str(Path(sys.executable).with_name("testruns")), *argv]
    print(f"$ {shlex.join(['testruns', *argv])}", flush=True)
    code, answer, notices = run_command(command)
    run_id = str(answer.get("run_id") or next((str(n["run_id"]) for n in reversed(notices) if n.get("run_id")), ""))
    state = _state(code, wait, answer)
    written = str(junit) if junit is not None and junit.is_file() else ""
    print(f"testruns action: {vendor} run {run_id or '(none)'} {state or 'not started'}; exit code {code}")
    if outputs:
        write_outputs(Path(outputs), {"run-id": run_id, "state": state, "junit-path": written})
    if summary and not (wait and code in FOLLOWED_END and run_id):
        errors = [n for n in notices if "error" in n]
        if code == 0:
            line = f"### ✅ testruns: {_md(vendor)} run {_md(run_id)} triggered"
        else:
            why = f"{errors[-1]['error']}: {errors[-1].get('message', '')}" if errors else "see the job's log"
            line = f"### ❌ testruns: {_md(vendor)} failed (exit code {code}): {_md(why)}"
        with Path(summary).open("a", encoding="utf-8") as file:
            file.write(line + "\n\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
