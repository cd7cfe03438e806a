"""The GitHub Action: action.yml's step (tests/action/step.py runs it as the runner would) against the sandbox."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from junitparser import Failure, JUnitXml

from testruns.sandbox import Sandbox
from tests.action.step import ACTION, STEP, read_outputs, run_step, step_env

LOADFORGE = "--test-id 42 --duration 10"
TESTERARMY = "--test-id 9b2c3d4e-5f60-4718-89ab-cdef01234567 --mode deep --platform web"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(queued_seconds=0.2, running_seconds=0.3) as served:
        yield served


@pytest.fixture(autouse=True)
def _fresh(sandbox: Sandbox) -> None:
    sandbox.reset()


def test_action_yml_maps_every_input_and_output_of_the_script() -> None:
    from action.run import INPUTS, OUTPUTS  # noqa: PLC0415 - the script under test

    assert set(ACTION["inputs"]) == set(INPUTS)
    assert {f"INPUT_{name.upper()}": f"${{{{ inputs.{name} }}}}" for name in INPUTS} == STEP["env"]
    assert {name: f"${{{{ steps.run.outputs.{name} }}}}" for name in OUTPUTS} == {
        name: spec["value"] for name, spec in ACTION["outputs"].items()
    }
    assert ACTION["runs"]["using"] == "composite"


def test_a_passed_run_sets_the_outputs_writes_junit_and_the_summary(sandbox: Sandbox, tmp_path: Path) -> None:
    step = run_step(sandbox.environment(), tmp_path, vendor="loadforge", arguments=LOADFORGE, junit="reports/junit.xml")
    assert step.code == 0, step.log
    (run,) = sandbox.runs("loadforge")
    assert step.outputs == {"run-id": str(run.id), "state": "finished", "junit-path": "reports/junit.xml"}
    (suite,) = JUnitXml.fromfile(str(tmp_path / "reports" / "junit.xml"))
    assert suite.tests == 1 and suite.failures == 0 and suite.errors == 0
    assert step.summary.startswith("# an earlier step\n") and f"run {run.id} finished" in step.summary
    assert step.summary.count("###") == 1  # the command's summary, not a second one of the script
    assert f"loadforge: run {run.id} triggered" in step.log


def test_a_failed_run_fails_the_step_with_exit_9(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.outcome("testerarmy", "failed")
    step = run_step(
        sandbox.environment(), tmp_path, vendor="testerarmy", arguments=TESTERARMY, junit="junit.xml", timeout="20s"
    )
    assert step.code == 9, step.log
    (run,) = sandbox.runs("testerarmy")
    assert step.outputs == {"run-id": run.id, "state": "failed", "junit-path": "junit.xml"}
    (case,) = next(iter(JUnitXml.fromfile(str(tmp_path / "junit.xml"))))
    assert isinstance(case.result[0], Failure)
    assert f"❌ Tester Army: run {run.id} failed" in step.summary


def test_an_inconclusive_run_fails_the_step_with_exit_12_and_one_summary(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.outcome("testerarmy", "inconclusive")
    step = run_step(sandbox.environment(), tmp_path, vendor="testerarmy", arguments=TESTERARMY, timeout="20s")
    assert step.code == 12, step.log
    (run,) = sandbox.runs("testerarmy")
    assert step.outputs["state"] == "inconclusive" and step.outputs["run-id"] == run.id
    assert step.summary.count("###") == 1  # the command's summary of the run, not a second "failed" of the script


def test_without_wait_the_run_is_triggered_and_the_script_writes_the_summary(sandbox: Sandbox, tmp_path: Path) -> None:
    step = run_step(sandbox.environment(), tmp_path, vendor="loadforge", arguments=LOADFORGE, wait="false")
    assert step.code == 0, step.log
    (run,) = sandbox.runs("loadforge")
    # Not waited for: the trigger was the only request (the run's own clock may have moved it on since).
    assert [request.method for request in sandbox.requests("loadforge")] == ["POST"]
    assert step.outputs == {"run-id": str(run.id), "state": "triggered", "junit-path": ""}
    assert f"### ✅ testruns: loadforge run {run.id} triggered" in step.summary


def test_a_timed_out_wait_is_exit_11_with_the_run_id(sandbox: Sandbox, tmp_path: Path) -> None:
    step = run_step(sandbox.environment(), tmp_path, vendor="loadforge", arguments=LOADFORGE, timeout="100ms")
    assert step.code == 11, step.log
    (run,) = sandbox.runs("loadforge")
    assert step.outputs == {"run-id": str(run.id), "state": "timed-out", "junit-path": ""}
    assert f"run {run.id} timed out" in step.summary


def test_a_refused_trigger_starts_nothing_and_says_why(sandbox: Sandbox, tmp_path: Path) -> None:
    step = run_step(sandbox.environment(), tmp_path, vendor="loadforge", arguments="--test-id 42 --duration 9999")
    assert step.code == 2, step.log
    assert step.outputs == {"run-id": "", "state": "", "junit-path": ""}
    assert "InvalidInputError" in step.summary and "duration" in step.summary
    assert sandbox.requests() == []


@pytest.mark.parametrize(
    ("inputs", "named"),
    [
        ({"vendor": ""}, "'vendor'"),
        ({"vendor": "loadforge", "arguments": "--name 'unclosed"}, "'arguments'"),
        ({"vendor": "loadforge", "wait": "yes"}, "'wait'"),
        ({"vendor": "loadforge", "wait": "false", "junit": "junit.xml"}, "'junit'"),
    ],
)
def test_a_bad_input_is_named_and_nothing_is_run(
    inputs: dict[str, str], named: str, sandbox: Sandbox, tmp_path: Path
) -> None:
    step = run_step(sandbox.environment(), tmp_path, **inputs)
    assert step.code == 2 and f"input {named}" in step.log
    assert step.outputs == {} and named in step.summary
    assert sandbox.requests() == []


def test_an_input_is_never_run_by_a_shell(sandbox: Sandbox, tmp_path: Path) -> None:
    planted = tmp_path / "planted"
    step = run_step(
        sandbox.environment(), tmp_path, vendor="loadforge", arguments=f"--test-id 42 --duration 10 $(touch {planted})"
    )
    assert step.code == 2 and not planted.exists()
    assert sandbox.requests() == []


def test_a_cancelled_job_interrupts_the_wait_and_still_sets_the_outputs(tmp_path: Path) -> None:
    with Sandbox(queued_seconds=0.2, running_seconds=60) as slow:
        env = {**os.environ, **slow.environment()}
        env |= step_env({"vendor": "testerarmy", "arguments": TESTERARMY}, tmp_path)
        step = subprocess.Popen(
            ["bash", "-e", "-c", STEP["run"]], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for _ in range(600):  # until the run is triggered (at most 30 s)
            if slow.runs("testerarmy"):
                break
            time.sleep(0.05)
        time.sleep(0.5)  # the command is waiting
        step.send_signal(signal.SIGTERM)  # what the runner sends a job being cancelled
        log, _ = step.communicate(timeout=30)
        (run,) = slow.runs("testerarmy")
    assert step.returncode == 10, log
    assert read_outputs(tmp_path / "output") == {"run-id": run.id, "state": "interrupted", "junit-path": ""}
    assert run.status == "running"  # left going, as the command says
