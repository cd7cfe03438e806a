"""``make demo``: the whole toolkit end to end against the local sandbox, with no vendor account.

Starts ``testruns sandbox``, triggers one run on each vendor through the
``testruns`` command, cancels the runs of the vendors that can cancel, shows a
validation error and a rate-limited call being retried, prints a table, and
stops the sandbox. Then, on a sandbox whose runs end in seconds, follows runs
to their end with ``trigger --wait``: one that passes (exit 0) and one that
fails (exit 9), with the JUnit file it wrote. Exits non-zero if any step does
not do what it should.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from rich import box
from rich.console import Console
from rich.table import Table

from testruns.cli.options import example_argv
from testruns.vendors.manifest import load_manifest

TESTRUNS = str(Path(sys.executable).with_name("testruns"))
MANIFEST = load_manifest()
# One realistic call per vendor operation: the example beside each manifest entry, as a user would type it.
TRIGGERS: dict[str, list[str]] = {v.id: example_argv(v.operations["trigger"].example) for v in MANIFEST.vendors}

console = Console(highlight=False)


class DemoFailed(Exception):
    """A step did not do what it should."""


def start_sandbox(queued: float = 2, running: float = 60) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """``testruns sandbox`` in the background, and what it announced once it accepts connections."""
    timing = ["--queued-seconds", str(queued), "--running-seconds", str(running)]
    process = subprocess.Popen(
        [TESTRUNS, "sandbox", "--port", "0", "--json", *timing],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    announced: list[str] = []
    reader = threading.Thread(target=lambda: announced.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=30)
    if not announced or not announced[0].strip():
        stop_sandbox(process)
        raise DemoFailed(f"the sandbox did not start: {process.stderr.read() if process.stderr else ''}")
    return process, json.loads(announced[0])


def stop_sandbox(process: subprocess.Popen[str]) -> None:
    """SIGTERM, as Ctrl-C or a CI runner would; it must stop on its own, cleanly."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise DemoFailed("the sandbox did not stop within 15 s of SIGTERM (killed)") from None
    if process.returncode != 0:
        raise DemoFailed(f"the sandbox exited with {process.returncode}: {stderr.strip()}")


def testruns(env: dict[str, str], *args: str) -> tuple[int, str, str, float]:
    """One ``testruns`` command: its exit code, stdout, stderr and wall time."""
    started = time.perf_counter()
    done = subprocess.run([TESTRUNS, *args], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr, time.perf_counter() - started


def succeed(env: dict[str, str], *args: str) -> tuple[dict[str, Any], float]:
    code, out, err, took = testruns(env, *args, "--json")
    if code != 0:
        raise DemoFailed(f"testruns {shlex.join(args)} exited {code}: {err.strip()}")
    return json.loads(out), took


def main() -> int:
    console.rule(f"[bold]testruns demo: {len(MANIFEST.vendors)} vendors, one call shape, no accounts")
    process, announced = start_sandbox()
    try:
        control = announced["control"]
        env = {**os.environ, **announced["environment"]}
        env.pop("TESTRUNS_LOG", None)
        console.print(f"Sandbox on {announced['url']} (pid {process.pid}); the facade is pointed at it.\n")

        rows: list[tuple[str, str, str, float]] = []
        for vendor, args in TRIGGERS.items():
            console.print(f"$ testruns trigger {vendor} {shlex.join(args)}", style="dim", markup=False, soft_wrap=True)
            run, took = succeed(env, "trigger", vendor, *args)
            rows.append((vendor, run["run_id"], run["status"] or "-", took))
        made = {vendor: run_id for vendor, run_id, _, _ in rows}
        for entry in (v for v in MANIFEST.vendors if "cancel" in v.operations):
            trigger = entry.operations["trigger"].example
            # The cancel's other values (SPLX's workspace) are the trigger's, so the run is found where it was made.
            params = {**entry.operations["cancel"].example, "run_id": made[entry.id]}
            params.update({k: v for k, v in trigger.items() if k in params and k != "run_id"})
            cancel = example_argv(params)
            console.print(
                f"$ testruns cancel {entry.id} {shlex.join(cancel)}", style="dim", markup=False, soft_wrap=True
            )
            cancelled, took = succeed(env, "cancel", entry.id, *cancel)
            if cancelled["run_id"] != made[entry.id]:
                raise DemoFailed(f"the {entry.name} cancel answered {cancelled}")
            at = next(i for i, row in enumerate(rows) if row[0] == entry.id) + 1
            rows.insert(at, ("↳ cancel", cancelled["run_id"], cancelled["status"] or "-", took))

        # Four narrow columns, so a whole UUID fits in 80 (a cancel's row says "↳ cancel" under its trigger's).
        table = Table(
            "vendor",
            "run id",
            "status",
            "time",
            title="Test runs",
            box=box.SIMPLE,
            pad_edge=False,
            collapse_padding=True,
        )
        for vendor, run_id, status, took in rows:
            table.add_row(vendor, run_id, status, f"{took:.2f}s")
        console.print()
        console.print(table)
        console.print("status: the vendor's own word for the run, as its answer gave it", style="dim")

        console.rule("A validation error: refused before anything is sent")
        args = ["trigger", "loadforge", "--test-id", "42", "--duration", "1"]
        console.print(f"$ testruns {shlex.join(args)}", style="dim", markup=False, soft_wrap=True)
        before = len(httpx.get(f"{control}/requests", params={"vendor": "loadforge"}).json())
        code, _, err, _ = testruns(env, *args)
        console.print(err.strip(), markup=False)
        sent = httpx.get(f"{control}/requests", params={"vendor": "loadforge"}).json()
        if code != 2 or "duration" not in err or len(sent) != before:
            raise DemoFailed(f"the invalid duration should exit 2 naming duration, sending nothing (exit {code})")
        console.print(f"exit code {code}; the sandbox received nothing new\n")

        console.rule("A rate-limited call, retried after the vendor's Retry-After")
        fault = {"kind": "rate-limit", "vendor": "testerarmy", "times": 1, "retry_after": 1}
        httpx.post(f"{control}/faults", json=fault).raise_for_status()
        console.print("(sandbox: the next Tester Army request answers 429 with Retry-After: 1)", style="dim")
        console.print(
            f"$ testruns trigger testerarmy {shlex.join(TRIGGERS['testerarmy'])}",
            style="dim",
            markup=False,
            soft_wrap=True,
        )
        run, took = succeed(env, "trigger", "testerarmy", *TRIGGERS["testerarmy"])
        seen = [r["status"] for r in httpx.get(f"{control}/requests", params={"vendor": "testerarmy"}).json()][-2:]
        if seen != [429, 202] or took < 1:
            raise DemoFailed(f"expected a 429 then a 202 a second apart, the sandbox saw {seen} in {took:.2f} s")
        answered = f"the sandbox answered {seen[0]}, then {seen[1]}, in {took:.2f} s"
        console.print(f"run {run['run_id']} {run['status']}: {answered}")
    finally:
        # Whatever happened above, the sandbox stops here and must stop cleanly.
        stop_sandbox(process)
    console.rule(f"[green]The sandbox (pid {process.pid}) stopped cleanly")
    follow_runs()
    return 0


def follow_runs() -> None:
    """``trigger --wait``: a run that passes, then one that fails, as a CI job would see them."""
    console.rule("Follow a run to its end: trigger --wait, the exit code, a JUnit report")
    process, announced = start_sandbox(queued=1, running=2)
    try:
        control = announced["control"]
        env = {**os.environ, **announced["environment"]}
        env.pop("TESTRUNS_LOG", None)
        reports = Path(tempfile.mkdtemp(prefix="testruns-demo-"))
        for outcome, expected in (("passed", 0), ("failed", 9)):
            httpx.post(f"{control}/outcomes", json={"vendor": "testerarmy", "outcome": outcome}).raise_for_status()
            console.print(f"(sandbox: Tester Army's next run ends {outcome})", style="dim")
            report = reports / f"testerarmy-{outcome}.xml"
            args = ["trigger", "testerarmy", *TRIGGERS["testerarmy"], "--wait", "--poll", "1s", "--junit", str(report)]
            console.print(f"$ testruns {shlex.join(args)}", style="dim", markup=False, soft_wrap=True)
            code, out, err, took = testruns(env, *args)
            # As a terminal shows them: the run id first, the changes of state, then the end.
            shown = out.splitlines()[:1] + err.splitlines() + out.splitlines()[1:]
            for line in shown:
                console.print(f"  {line}", markup=False, soft_wrap=True)
            if code != expected or not report.is_file():
                raise DemoFailed(f"a {outcome} run should exit {expected} and write {report}; it exited {code}")
            console.print(f"exit code {code} after {took:.1f} s\n")
        console.print(f"The JUnit report of the failed run ({report}):", style="dim", soft_wrap=True)
        console.print(report.read_text(encoding="utf-8").strip(), markup=False, soft_wrap=True)
    finally:
        stop_sandbox(process)
    console.rule(f"[green]Done: the second sandbox (pid {process.pid}) stopped cleanly")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except DemoFailed as failed:
        console.print(f"[red]demo failed:[/red] {failed}")
        sys.exit(1)
