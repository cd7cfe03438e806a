"""Each vendor's status answer read as the facade's state: the manifest's mapping, as generated, never a crash."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pydantic import ValidationError

import testruns
from testruns.cli.options import example_argv
from testruns.runs.client import adapter_classes
from testruns.runs.lifecycle import StateMap
from testruns.vendors.manifest import RUN_STATES, OperationEntry, VendorEntry

from .cases import MANIFEST, SECRETS_BY_VARIABLE
from .loopback import Loopback, Reply

FOLLOWED = [vendor for vendor in MANIFEST.vendors if "status" in vendor.operations]
TERMINAL = {"passed", "failed", "cancelled", "error", "finished"}


def _document(pointer: str, value: Any, document: dict[str, Any] | None = None) -> dict[str, Any]:
    document = document if document is not None else {}
    node = document
    parts = pointer.split("/")[1:]
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return document


def _states(vendor_id: str) -> StateMap:
    endpoint = adapter_classes(vendor_id)[0].endpoint("status")
    assert endpoint.states is not None
    return endpoint.states


@pytest.mark.parametrize("vendor", FOLLOWED, ids=lambda v: v.id)
def test_the_generated_facade_carries_the_manifests_mapping(vendor: Any) -> None:
    entry = vendor.operations["status"]
    states = _states(vendor.id)
    assert dict(states.states) == entry.states
    assert dict(states.verdicts) == entry.verdicts and states.verdict_at == entry.verdict


@pytest.mark.parametrize("vendor", FOLLOWED, ids=lambda v: v.id)
def test_every_word_of_every_vendor_maps_and_only_final_states_are_done(vendor: Any) -> None:
    entry = vendor.operations["status"]
    states = _states(vendor.id)
    for word, state in entry.states.items():
        read = states.read(vendor.id, "7", word, _document(entry.status, word), None)
        # Read without its verdict, a finished run of a vendor that gives one is inconclusive (below).
        expected = "inconclusive" if state == "finished" and entry.verdict else state
        assert (read.state, read.vendor_state, read.done) == (expected, word, state in TERMINAL), word
    for verdict, state in entry.verdicts.items():
        finished = next(word for word, mapped in entry.states.items() if mapped == "finished")
        document = _document(entry.verdict, verdict, _document(entry.status, finished))
        read = states.read(vendor.id, "7", finished, document, None)
        assert (read.state, read.done) == (state, True), verdict


@pytest.mark.parametrize("vendor", FOLLOWED, ids=lambda v: v.id)
@pytest.mark.parametrize("word", ["PAUSED_BY_OPS", "7", "", "[/bold]\x1b[2J"])
def test_an_unknown_word_is_shown_as_the_vendors_and_is_never_done(vendor: Any, word: str) -> None:
    read = _states(vendor.id).read(vendor.id, "7", word, {}, None)
    assert read.state == (word or "unknown") and read.vendor_state == word and read.done is False


@pytest.mark.parametrize("vendor", FOLLOWED, ids=lambda v: v.id)
@pytest.mark.parametrize("word", ["passed", "finished"])
def test_an_unmapped_word_spelt_like_a_pass_never_succeeds(vendor: Any, word: str) -> None:
    if word.casefold() in {str(known).casefold() for known in vendor.operations["status"].states}:
        pytest.skip("the manifest maps this word")
    read = _states(vendor.id).read(vendor.id, "7", word, {}, None)
    assert (read.state, read.done, read.succeeded) == (word, False, False)


def test_a_missing_state_is_unknown_not_a_crash() -> None:
    read = _states("testerarmy").read("testerarmy", "7", None, {}, None)
    assert (read.state, read.vendor_state, read.done) == ("unknown", None, False)


@pytest.mark.parametrize("output", [{"kind": "planner_skipped", "reason": "nothing to test"}, None, {}])
def test_a_finished_run_without_the_verdict_its_vendor_gives_is_inconclusive_never_a_pass(output: Any) -> None:
    # Tester Army's planner-skipped run, or a completed one whose output is missing: no output.result.
    document = {"status": "completed", "output": output}
    read = _states("testerarmy").read("testerarmy", "7", "completed", document, None)
    assert (read.state, read.done, read.succeeded) == ("inconclusive", True, False)
    assert read.message == "the run finished with no verdict at /output/result"


def test_case_differences_in_a_vendors_word_still_map() -> None:
    read = _states("testsigma_plans").read("testsigma_plans", "7", "status_completed", {"result": "failure"}, None)
    assert (read.state, read.done) == ("failed", True)


def test_the_failure_message_is_read_only_for_a_run_that_did_not_pass() -> None:
    states = _states("testerarmy")
    failed = {"status": "failed", "error": {"message": "browser crashed"}}
    assert states.read("testerarmy", "7", "failed", failed, None).message == "browser crashed"
    passed = {"status": "completed", "output": {"result": "PASS", "description": "all good"}}
    assert states.read("testerarmy", "7", "completed", passed, None).message is None


def test_a_word_the_spec_does_not_list_reaches_the_caller_as_the_vendors(server: Loopback) -> None:
    # Tester Army's spec lists five status words; a sixth must be shown, not refused as off-spec.
    run_id = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    body = {"id": run_id, "type": "test", "status": "paused", "input": {}, "createdAt": "2026-11-23T10:00:00Z"}
    server.script(Reply(200, body))
    with testruns.Client(max_retries=0) as client:
        status = client.status("testerarmy", run_id)
    assert (status.state, status.vendor_state, status.done) == ("paused", "paused", False)
    assert status.raw == body  # read as JSON, since the generated model refuses the word
    (request,) = server.received
    assert request.method == "GET" and request.path == f"/testerarmy/v1/runs/{run_id}"
    assert request.headers["authorization"] == f"Bearer {SECRETS_BY_VARIABLE['TESTERARMY_API_KEY']}"


def test_a_status_answer_true_to_the_spec_keeps_the_generated_model(server: Loopback) -> None:
    server.script(Reply(200, {"id": 123, "run_status": 4, "cancelled": False}))
    with testruns.Client(max_retries=0) as client:
        status = client.status("loadforge", "123")
    assert (status.state, status.vendor_state, status.done) == ("failed", "4", True)
    assert type(status.raw).__module__.startswith("testruns_clients.loadforge")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"states": {"x": "done"}}, "states.x"),
        ({"verdict": "/result"}, "verdict (a pointer) and verdicts"),
        ({"verdicts": {"OK": "passed"}}, "verdict (a pointer) and verdicts"),
        ({"message": "no-slash"}, "message"),
    ],
)
def test_a_status_mapping_the_manifest_cannot_mean_is_refused(entry: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        OperationEntry.model_validate({"operation_id": "getRun", "run_id": "/id", "status": "/status", **entry})


@pytest.mark.parametrize(
    ("operations", "problem"),
    [
        ({"status": {"operation_id": "getRun", "run_id": "/id", "status": "/status"}}, "needs status"),
        ({"status": {"operation_id": "getRun", "run_id": "/id", "states": {"a": "queued"}}}, "needs status"),
        ({"cancel": {"operation_id": "c", "run_id": "/id", "states": {"a": "queued"}}}, "operations.status only"),
        ({"report": {"operation_id": "r", "run_id": "/id"}}, "unknown keys"),
    ],
)
def test_a_vendor_entry_with_a_misplaced_mapping_is_refused(operations: dict[str, Any], problem: str) -> None:
    entry = {
        "id": "acme",
        "name": "Acme",
        "spec": "acme/openapi.yaml",
        "package": "acme.client",
        "auth": {"scheme": "bearer", "env": "ACME_API_KEY"},
        "regions": {"default": "https://acme.example"},
        "default_region": "default",
        "operations": {"trigger": {"operation_id": "t", "run_id": "/id"}, **operations},
    }
    with pytest.raises(ValidationError, match=problem):
        VendorEntry.model_validate(entry)


def test_run_states_are_the_eight_words() -> None:
    assert RUN_STATES == ("queued", "running", "passed", "failed", "cancelled", "error", "finished", "inconclusive")


def test_a_hostile_state_word_prints_as_text(server: Loopback, cli: Any) -> None:
    run_id = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    word = "[/bold]\x1b[2J\x1b]0;owned\x07"
    body = {"id": run_id, "type": "test", "status": word, "input": {}, "createdAt": "2026-11-23T10:00:00Z"}
    server.script(Reply(200, body))
    outcome = cli("status", "testerarmy", "--run-id", run_id)
    assert outcome.code == 0, outcome.stderr
    assert "\x1b" not in outcome.stdout + outcome.stderr and "[/bold]" in outcome.stdout
    assert outcome.stdout.startswith(f"testerarmy: run {run_id} ")


# -- a verdict nobody mapped never passes ----------------------------------------------------------------------

WITH_VERDICTS = [vendor for vendor in FOLLOWED if vendor.operations["status"].verdict]


def _finished_word(vendor: Any, state: str = "finished") -> str:
    return str(next(word for word, mapped in vendor.operations["status"].states.items() if mapped == state))


@pytest.mark.parametrize("vendor", WITH_VERDICTS, ids=lambda v: v.id)
@pytest.mark.parametrize("verdict", ["PARTIAL_FAILURE", "ERROR", "FAILURE ", " PASS", "", "sandbox"])
def test_a_finished_run_with_an_unmapped_verdict_is_inconclusive_and_never_a_pass(vendor: Any, verdict: str) -> None:
    entry = vendor.operations["status"]
    if verdict.casefold() in {known.casefold() for known in entry.verdicts}:
        pytest.skip("the manifest maps this word")
    document = _document(entry.verdict, verdict)
    read = _states(vendor.id).read(vendor.id, "7", _finished_word(vendor), document, None)
    assert (read.state, read.done, read.succeeded) == ("inconclusive", True, False)
    # An empty verdict is none at all (Tester Army's skipped run has no output.result).
    assert (repr(verdict) if verdict else f"no verdict at {entry.verdict}") in (read.message or "")


@pytest.mark.parametrize("vendor", WITH_VERDICTS, ids=lambda v: v.id)
def test_every_mapped_verdict_decides_a_finished_run(vendor: Any) -> None:
    entry = vendor.operations["status"]
    for verdict, state in entry.verdicts.items():
        read = _states(vendor.id).read(vendor.id, "7", _finished_word(vendor), _document(entry.verdict, verdict), None)
        assert (read.state, read.done, read.succeeded) == (state, True, state in ("passed", "finished"))


def test_an_aborted_run_with_a_failing_verdict_reads_failed_and_a_passing_one_never_passes() -> None:
    vendor = MANIFEST.vendor("testerarmy")
    states = _states("testerarmy")
    cancelled = _finished_word(vendor, "cancelled")
    failed = states.read("testerarmy", "7", cancelled, {"output": {"result": "FAILED"}}, None)
    assert (failed.state, failed.done) == ("failed", True)
    passed = states.read("testerarmy", "7", cancelled, {"output": {"result": "PASS"}}, None)
    assert (passed.state, passed.succeeded) == ("cancelled", False)
    errored = states.read("testerarmy", "7", "failed", {"output": {"result": "PASS"}}, None)
    assert (errored.state, errored.succeeded) == ("error", False)


def test_a_long_vendor_message_is_cut_with_a_marker() -> None:
    huge = "x" * 900_000
    read = _states("testerarmy").read("testerarmy", "7", "failed", {"error": {"message": huge}}, None)
    assert read.message is not None and len(read.message) < 2_100
    assert read.message.endswith("… [898,000 more characters cut]")


# -- another run's answer never decides this one ---------------------------------------------------------------

READ_BY_ID = [vendor for vendor in FOLLOWED if isinstance(vendor.operations["status"].run_id, str)]


def _passing(entry: OperationEntry, run_id: Any) -> dict[str, Any]:
    """A status answer that says run ``run_id`` passed, at the entry's own pointers."""
    word = next(word for word, state in entry.states.items() if state in ("passed", "finished"))
    document = _document(entry.status, word) if isinstance(entry.status, str) else {}
    if entry.verdict:
        passed = next(verdict for verdict, state in entry.verdicts.items() if state == "passed")
        document = _document(entry.verdict, passed, document)
    assert isinstance(entry.run_id, str)
    return _document(entry.run_id, run_id, document)


def _another(run_id: Any) -> Any:
    if isinstance(run_id, int):
        return run_id + 1
    return str(uuid.UUID(int=uuid.UUID(run_id).int + 1)) if _is_uuid(run_id) else f"{run_id}-other"


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("vendor", READ_BY_ID, ids=lambda v: v.id)
def test_a_status_answer_about_another_run_fails_the_wait_and_never_passes_it(
    vendor: VendorEntry, server: Loopback, cli: Any
) -> None:
    entry = vendor.operations["status"]
    asked = entry.example["run_id"]
    server.script(Reply(200, _passing(entry, _another(asked))))
    outcome = cli("wait", vendor.id, *example_argv(entry.example))
    assert outcome.code == 8, outcome.stdout + outcome.stderr
    assert f"the status answer is about run {_another(asked)}, not run {asked}" in outcome.stderr
    server.script(Reply(200, _passing(entry, asked)))  # the control: with its own id, it is not refused so
    assert "is about run" not in cli("wait", vendor.id, *example_argv(entry.example)).stderr


@pytest.mark.parametrize("spelt", [str.upper, lambda text: text.replace("-", "")], ids=["capitals", "no hyphens"])
def test_the_same_uuid_spelt_otherwise_is_the_same_run(spelt: Any, server: Loopback) -> None:
    asked = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    body = {"id": spelt(asked), "type": "test", "status": "completed", "input": {}, "createdAt": "2026-11-23T10:00:00Z"}
    output = {"featureName": "login", "result": "PASS", "description": "ok", "screenshots": []}
    server.script(Reply(200, {**body, "output": output}))
    with testruns.Client(max_retries=0) as client:
        status = client.status("testerarmy", asked)
    assert (status.state, status.succeeded) == ("passed", True)


def test_an_envelope_reporting_an_error_under_http_200_is_never_a_pass(server: Loopback, cli: Any) -> None:
    # Wallarm repeats the HTTP status in every answer's envelope: 500 there is no run state to read.
    server.script(Reply(200, {"status": 500, "body": {"id": 1234, "state": "passed"}}))
    outcome = cli("wait", "wallarm", "--run-id", "1234")
    assert outcome.code == 8, outcome.stdout + outcome.stderr
    assert "breaks the spec at status" in outcome.stderr
    server.script(Reply(200, {"status": 200, "body": {"id": 1234, "state": "passed"}}))
    assert cli("wait", "wallarm", "--run-id", "1234").code == 0
