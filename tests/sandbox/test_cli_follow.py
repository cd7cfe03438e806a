"""``testruns status`` / ``wait`` / ``trigger --wait`` against the sandbox: exit codes, output, reports, Ctrl-C."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Literal

import pytest
from junitparser import Error, Failure, JUnitXml

from testruns import Client
from testruns.cli import run
from testruns.cli.follow import resume_command
from testruns.cli.options import example_argv
from testruns.sandbox import Sandbox
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest
from tests.conftest import with_ctrl_c

MANIFEST = load_manifest()
TESTRUNS = str(Path(sys.executable).with_name("testruns"))
FOLLOWED = [vendor.id for vendor in MANIFEST.vendors if "status" in vendor.operations]
UNFOLLOWED = [vendor.id for vendor in MANIFEST.vendors if "status" not in vendor.operations]
# The README's exit codes for a run's end.
EXIT = {"passed": 0, "finished": 0, "failed": 9, "cancelled": 10, "error": 10}


def trigger_argv(vendor: str) -> list[str]:
    return ["trigger", vendor, *example_argv(dict(MANIFEST.vendor(vendor).operations["trigger"].example))]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("vendor", FOLLOWED)
def test_trigger_wait_ends_with_the_runs_verdict_as_the_exit_code(
    vendor: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    for outcome in ("passed", "failed"):
        pointed.outcome(vendor, outcome)
        code, out, err = cli(capsys, *trigger_argv(vendor), "--wait", "--poll", "100ms", "--wait-timeout", "20s")
        shown = pointed._doubles[vendor].outcomes[outcome]
        assert code == EXIT[shown], (outcome, out, err)
        lines = out.splitlines()
        assert " triggered" in lines[0]  # the run id first, before any wait
        run_id = lines[0].split(" run ", 1)[1].split()[0]
        assert lines[-1].startswith(f"{vendor}: run {run_id} {shown}")
        assert pointed.run(vendor, run_id).status == shown
        # One line per change of state, not per poll (a dozen polls were made).
        assert len(err.splitlines()) <= 3, err
        assert [r.operation for r in pointed.requests(vendor)].count(
            MANIFEST.vendor(vendor).operation_ids["trigger"]
        ) == 1
        pointed.reset()


def test_a_cancelled_run_is_exit_10_and_a_timeout_exit_11(pointed: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    pointed.outcome("testerarmy", "cancelled")
    code, _, _ = cli(capsys, *trigger_argv("testerarmy"), "--wait", "--poll", "100ms")
    assert code == 10
    code, out, err = cli(capsys, *trigger_argv("testerarmy"), "--wait", "--wait-timeout", "100ms", "--json")
    assert code == 11
    notice, error = (json.loads(line) for line in err.splitlines())
    assert notice["run_id"] == error["run_id"] and error["error"] == "WaitTimeoutError"
    assert error["state"] in ("queued", "running") and out == ""


def test_junit_and_the_step_summary_tell_the_run(
    pointed: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    pointed.outcome("testerarmy", "failed")
    report = tmp_path / "reports" / "testruns.xml"
    report.parent.mkdir()
    code, out, _ = cli(capsys, *trigger_argv("testerarmy"), "--wait", "--poll", "100ms", "--junit", str(report))
    assert code == 9
    run_id = out.splitlines()[0].split(" run ", 1)[1].split()[0]
    (suite,) = JUnitXml.fromfile(str(report))
    (case,) = suite
    assert suite.tests == 1 and suite.failures == 1 and suite.errors == 0
    assert case.name == f"testerarmy run {run_id}" and case.classname == "testruns.testerarmy"
    assert 0 < case.time < 20
    (result,) = case.result
    assert isinstance(result, Failure) and result.type == "completed" and "failed" in (result.message or "")
    properties = {p.name: p.value for p in suite.properties()}  # type: ignore[no-untyped-call]
    assert properties == {"vendor": "Tester Army", "run_id": run_id, "state": "failed", "vendor_state": "completed"}
    text = summary.read_text()
    assert text.startswith("# earlier step\n") and f"run {run_id} failed" in text and "| Tester Army |" in text
    assert list(report.parent.iterdir()) == [report]  # written aside, then moved: nothing else left


@pytest.mark.parametrize(("outcome", "code"), [("passed", 1), ("failed", 9)])
def test_a_report_that_cannot_be_written_keeps_the_runs_outcome_and_never_passes_the_job(
    outcome: Literal["passed", "failed"],
    code: int,
    pointed: Sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The step summary is a folder: appending to it fails, as a full disk would, after the run has ended.
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))
    pointed.outcome("testerarmy", outcome)
    got, out, err = cli(capsys, *trigger_argv("testerarmy"), "--wait", "--poll", "100ms")
    run_id = out.splitlines()[0].split(" run ", 1)[1].split()[0]
    assert got == code, err
    assert f"testerarmy: run {run_id} {outcome}, but its step summary could not be written to {tmp_path}" in err
    assert out.splitlines()[-1].startswith(f"testerarmy: run {run_id} {outcome}")  # the verdict is still shown
    assert "Traceback" not in err and "error (" not in err


def test_a_timed_out_wait_is_an_error_case_in_the_junit_file(
    pointed: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "junit.xml"
    code, out, err = cli(
        capsys, *trigger_argv("loadforge"), "--wait", "--wait-timeout", "100ms", "--junit", str(report)
    )
    run_id = out.splitlines()[0].split(" run ", 1)[1].split()[0]
    assert code == 11 and f"wait again with: testruns wait loadforge --run-id {run_id}" in err
    (case,) = next(iter(JUnitXml.fromfile(str(report))))
    (result,) = case.result
    assert isinstance(result, Error) and "not over" in (result.message or "")
    assert f"the vendor did start run {run_id}: do not trigger it again" in err
    # A wait that times out started nothing: it never says so.
    code, _, err = cli(capsys, "wait", "loadforge", "--run-id", run_id, "--timeout", "100ms")
    assert code == 11 and "do not trigger it again" not in err and f"--run-id {run_id}" in err


def test_wait_and_status_take_a_run_id_and_its_scope(pointed: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, *trigger_argv("testsigma"), "--json")
    assert code == 0
    made = json.loads(out)
    project = MANIFEST.vendor("testsigma").operations["trigger"].example["project_id"]
    scope = ["--run-id", made["run_id"], "--project-id", project]
    code, out, _ = cli(capsys, "status", "testsigma", *scope, "--json")
    status = json.loads(out)
    assert code == 0 and status["state"] in ("queued", "running") and status["done"] is False
    code, out, _ = cli(capsys, "wait", "testsigma", *scope, "--poll", "100ms", "--timeout", "20s", "--json")
    final = json.loads(out)
    assert code == 0 and (final["state"], final["vendor_state"], final["exit_code"]) == ("passed", "PASSED", 0)
    assert final["raw"]["data"]["test_run"]["id"] == made["run_id"]


@pytest.mark.parametrize("vendor", UNFOLLOWED)
def test_waiting_where_the_vendor_has_no_status_is_exit_2_and_triggers_nothing(
    vendor: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["wait", vendor, "--run-id", "1"],
        ["status", vendor, "--run-id", "1"],
        [*trigger_argv(vendor), "--wait"],
    ):
        code, _, err = cli(capsys, *argv)
        assert code == 2 and "no status operation" in err, argv
    assert pointed.requests() == []


@pytest.mark.parametrize("value", ["0", "soon", "-5m", "1h 2m"])
def test_a_bad_duration_is_a_usage_error(value: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "wait", "loadforge", "--run-id", "1", "--timeout", value)
    assert code == 2 and "duration" in err
    assert pointed.requests() == []


def _interrupted_wait(
    sandbox: Sandbox, *extra: str, sig: signal.Signals = signal.SIGINT
) -> tuple[subprocess.CompletedProcess[str], str]:
    env = {**os.environ, **sandbox.environment()}
    made = subprocess.run([TESTRUNS, *trigger_argv("testerarmy"), "--json"], env=env, capture_output=True, text=True)
    run_id = json.loads(made.stdout)["run_id"]
    process = subprocess.Popen(
        with_ctrl_c([TESTRUNS, "wait", "testerarmy", "--run-id", run_id, "--poll", "100ms", *extra]),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # the command has started and polled
    process.send_signal(sig)
    out, err = process.communicate(timeout=20)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), run_id


@pytest.fixture
def slow_sandbox() -> Any:
    with Sandbox(queued_seconds=1, running_seconds=60) as served:
        yield served


def test_ctrl_c_while_waiting_prints_the_run_and_how_to_resume(slow_sandbox: Sandbox) -> None:
    done, run_id = _interrupted_wait(slow_sandbox)
    assert done.returncode == 10, done.stderr
    assert f"Resume with: testruns wait testerarmy --run-id {run_id}" in done.stderr
    assert "Traceback" not in done.stderr
    assert slow_sandbox.run("testerarmy", run_id).status == "running"  # left going


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl-C", "SIGTERM (a cancelled CI job)"])
def test_an_interrupt_with_cancel_on_interrupt_cancels_the_run(slow_sandbox: Sandbox, sig: signal.Signals) -> None:
    done, run_id = _interrupted_wait(slow_sandbox, "--cancel-on-interrupt", sig=sig)
    assert done.returncode == 10, done.stderr
    assert f"run {run_id} was cancelled" in done.stderr
    assert slow_sandbox.run("testerarmy", run_id).status == "cancelled"


def test_on_a_terminal_the_wait_is_one_live_line(pointed: Sandbox) -> None:
    import pty  # noqa: PLC0415 - POSIX only, like the CI machines

    env = {**os.environ, **pointed.environment(), "COLUMNS": "120", "TERM": "xterm"}
    leader, follower = pty.openpty()
    done = subprocess.run(
        [TESTRUNS, *trigger_argv("testerarmy"), "--wait", "--poll", "100ms"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
        timeout=60,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "running" in text and " s" in text  # the live line: state and time so far
    assert "after" not in text  # not the plain per-change lines of a CI log
    assert done.stdout.splitlines()[-1].split(" after ")[0].endswith("passed (completed)")


def test_a_failed_status_read_is_one_notice_and_the_wait_goes_on(
    pointed: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, *trigger_argv("loadforge"), "--json")
    run_id = json.loads(out)["run_id"]
    pointed.fail("unavailable", "loadforge", times=2)
    code, out, err = cli(capsys, "wait", "loadforge", "--run-id", run_id, "--poll", "100ms")
    assert code == 0, err
    notices = [line for line in err.splitlines() if "reading the status again" in line]
    assert len(notices) == 2 and all(line.endswith("s: 503 from LoadForge") for line in notices), err


# -- the sandbox's hostile ends: what a CI gate must neither leak nor pass ----------------------------------------

WITH_VERDICTS = [v for v in FOLLOWED if MANIFEST.vendor(v).operations["status"].verdict]


def _wait_argv(vendor: str) -> list[str]:
    """A run of ``vendor``'s example, triggered from Python, and the command that waits for it."""
    with Client() as client:
        run = client.trigger(AnyVendorId(vendor), **MANIFEST.vendor(vendor).operations["trigger"].example)
    return shlex.split(resume_command(vendor, {**run.scope, "run_id": run.run_id}))[1:]


@pytest.mark.parametrize("vendor", FOLLOWED)
def test_a_key_echoed_in_the_final_answer_reaches_no_output_or_report(
    vendor: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary, report = tmp_path / "summary.md", tmp_path / "junit.xml"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    argv = [*_wait_argv(vendor), "--poll", "100ms", "--timeout", "20s", "--junit", str(report)]
    has_message = bool(MANIFEST.vendor(vendor).operations["status"].message)
    pointed.fail("echo-key", vendor)
    code, out, err = cli(capsys, *argv)
    # Where the vendor explains a failure, the run failed with the key in its words; elsewhere a 401 quoting it.
    assert code == (9 if has_message else 4), (out, err)
    assert "token *** rejected" in (out if has_message else err)
    pointed.fail("echo-key", vendor)
    code, out_json, err_json = cli(capsys, *argv, "--json")
    assert code == (9 if has_message else 4)
    written = [out, err, out_json, err_json, summary.read_text() if summary.exists() else ""]
    written.append(report.read_text() if report.exists() else "")
    assert all(pointed.key not in text for text in written)


@pytest.mark.parametrize("vendor", WITH_VERDICTS)
def test_an_unknown_verdict_never_passes_the_gate(
    vendor: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "junit.xml"
    argv = _wait_argv(vendor)
    pointed.fail("unknown-verdict", vendor)
    code, out, err = cli(capsys, *argv, "--poll", "100ms", "--timeout", "20s", "--junit", str(report))
    assert code == 12, (out, err)
    assert "inconclusive" in out and "PARTIAL_FAILURE" in out
    (case,) = next(iter(JUnitXml.fromfile(str(report))))
    (result,) = case.result
    assert isinstance(result, Error)


def test_a_vendor_without_verdicts_cannot_be_given_an_unknown_one(sandbox: Sandbox) -> None:
    without = next(v for v in FOLLOWED if v not in WITH_VERDICTS)
    with pytest.raises(ValueError, match="gives no verdict"):
        sandbox.fail("unknown-verdict", without)
