"""Specs nobody here wrote, some of them hostile: the generator refuses them cleanly, names the file, is quick
about it, and leaves ``generated/`` exactly as it was, also when it is interrupted."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from testruns.vendors.manifest import Manifest
from testruns_generator import documents, pipeline
from testruns_generator.effective_spec import server_urls
from testruns_generator.errors import GenerationError
from tests.conftest import REPO, generator_in_process, tree_digest, with_ctrl_c

ALIAS_BOMB = """
x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""


def spec_file(workspace: Path) -> Path:
    return workspace / "specs" / "loadforge" / "openapi.yaml"


def refused(
    workspace: Path, load: Callable[[], Manifest], *fragments: str, vendors: tuple[str, ...] = ("loadforge",)
) -> GenerationError:
    before = tree_digest(workspace / "generated")
    started = time.monotonic()
    with pytest.raises(GenerationError) as caught:
        pipeline.generate(load(), list(vendors), output=workspace / "generated", force=True)
    assert time.monotonic() - started < 10
    for fragment in fragments:
        assert fragment in str(caught.value)
    assert tree_digest(workspace / "generated") == before
    return caught.value


def test_an_alias_bomb_is_refused_quickly(workspace: Path, load_workspace_manifest: Callable[[], Manifest]) -> None:
    spec = spec_file(workspace)
    spec.write_text(spec.read_text() + ALIAS_BOMB)
    refused(workspace, load_workspace_manifest, str(spec), "YAML aliases expand it")


def test_a_document_that_is_not_utf8_is_named(workspace: Path, load_workspace_manifest: Callable[[], Manifest]) -> None:
    spec = spec_file(workspace)
    spec.write_bytes(spec.read_bytes().replace(b"ID of the test to run", b"ID du test \xe0 lancer"))
    refused(workspace, load_workspace_manifest, str(spec), "not UTF-8", "at byte")


def test_an_oversized_document_is_refused_unread(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 500)
    refused(workspace, load_workspace_manifest, str(spec_file(workspace)), "more than the 500")


@pytest.mark.parametrize("vendor", ["loadforge", "splx"], ids=["yaml", "json"])
def test_a_document_nested_100000_deep_is_refused_naming_the_file_and_the_bound(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest], vendor: str
) -> None:
    # libyaml's composer recursed in C and the process died by SIGSEGV, leaving its workers waiting.
    spec = workspace / "specs" / load_workspace_manifest().vendor(vendor).spec
    deep = "[" * 100_000 + "]" * 100_000
    if spec.suffix == ".json":
        spec.write_text(spec.read_text().rstrip().removesuffix("}") + f', "x-deep": {deep}}}')
    else:
        spec.write_text(spec.read_text() + f"x-deep: {deep}\n")
    error = refused(
        workspace, load_workspace_manifest, str(spec), "nested more than 100 levels deep", vendors=(vendor,)
    )
    assert error.vendor == vendor


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_the_nesting_bound_is_the_one_stated(suffix: str) -> None:
    def nested(levels: int) -> bytes:  # a mapping (level 1) whose one value sits at ``levels``
        return ('{"x": ' + "[" * (levels - 1) + "]" * (levels - 1) + "}").encode()

    assert documents.MAX_NESTING_DEPTH == 100
    value, levels = documents.parse_document(nested(100), f"spec{suffix}", suffix=suffix), 1
    while value:  # down the one branch to the innermost (empty) list
        value, levels = value["x"] if isinstance(value, dict) else value[0], levels + 1
    assert levels == 100
    with pytest.raises(GenerationError, match="nested more than 100 levels deep") as caught:
        documents.parse_document(nested(101), f"spec{suffix}", suffix=suffix)
    assert caught.value.file == f"spec{suffix}"


def test_aliases_that_nest_past_the_bound_are_refused() -> None:
    # No node of the text is deep: each alias holds the one before, and only the loaded document nests.
    def chain(links: int) -> bytes:
        lines = ["x-0: &a0 [1]", *(f"x-{i}: &a{i} [*a{i - 1}]" for i in range(1, links))]
        return "\n".join(lines).encode()

    assert documents.parse_document(chain(98), "spec.yaml", suffix=".yaml")  # its 1 is at level 100
    with pytest.raises(GenerationError, match="YAML aliases nest it more than 100 levels deep"):
        documents.parse_document(chain(99), "spec.yaml", suffix=".yaml")


def test_two_operation_ids_with_one_python_name_are_named_both(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    spec = spec_file(workspace)
    text = spec.read_text()
    start = text.index("  /run:")
    end = text.index("components:")
    # The published /run has no operationId: the overlay names it startRun.
    twin = text[start:end].replace("  /run:\n    post:\n", "  /run-again:\n    post:\n      operationId: start-run\n")
    assert "operationId: start-run" in twin
    spec.write_text(text[:end] + twin + text[end:])
    error = refused(workspace, load_workspace_manifest, "'startRun'", "'start-run'", "'start_run'")
    assert error.location == "#/paths/~1run-again/post/operationId"


def test_a_body_field_whose_own_name_is_taken_is_refused_naming_the_operation_and_the_fix(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # A query duration of text beside the body's integer one: the body's would be the caller's body_duration,
    # which the body has already.
    spec = spec_file(workspace)
    text = spec.read_text()
    text = text.replace(
        "  /run:\n    post:\n",
        "  /run:\n    post:\n      parameters:\n        - {name: duration, in: query, schema: {type: string}}\n",
    )
    text = text.replace(
        "      properties:\n        test_id:",
        "      properties:\n        body_duration: {type: string}\n        test_id:",
    )
    assert "body_duration" in text and "in: query" in text
    spec.write_text(text)
    error = refused(workspace, load_workspace_manifest, "'startRun'", "'body_duration'", "renames")
    assert error.vendor == "loadforge" and "operations.trigger.renames: {my_duration: duration}" in str(error)


def test_a_stale_staging_folder_is_cleaned_and_never_committed(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    stale = workspace / "generated" / ".staging-999999999-abc"
    (stale / "testruns_clients" / "loadforge").mkdir(parents=True)
    live = workspace / "generated" / f".check-{os.getpid()}-xyz"  # a run still going on: left alone
    live.mkdir()
    pipeline.generate(load_workspace_manifest(), ["loadforge"], output=workspace / "generated", force=True)
    assert not stale.exists() and live.exists()
    ignored = subprocess.run(
        ["git", "check-ignore", "generated/.staging-1-abc/x.py"], cwd=REPO, capture_output=True, text=True
    )
    assert ignored.returncode == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_during_generation_removes_the_staging_folder(workspace: Path, sig: signal.Signals) -> None:
    output = workspace / "generated"
    before = tree_digest(output)
    command = [sys.executable, "-m", "testruns_generator", "--manifest", str(workspace / "specs" / "vendors.yaml")]
    process = subprocess.Popen(
        with_ctrl_c([*command, "--output", str(output), "generate", "--force"]),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},  # a hang below shows where every thread waits
    )
    deadline = time.monotonic() + 30
    while not list(output.glob(".staging-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "generation ended before a signal could be sent"
    process.send_signal(sig)
    try:
        _, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # faulthandler prints each thread's stack, then the process ends
        _, stderr = process.communicate(timeout=30)
        pytest.fail(f"the generator still ran 60 s after {sig.name}:\n{stderr[-6000:]}")
    # 130, or (rarely, for Ctrl-C) death by SIGINT after the same clean stop, which a shell reports as 130 too.
    assert process.returncode in (130, -signal.SIGINT if sig == signal.SIGINT else 130), stderr
    assert "Traceback" not in stderr and "interrupted: generated/ was left unchanged" in stderr
    assert not [path for path in output.iterdir() if path.name.startswith(".")]
    assert tree_digest(output) == before


def _cut_short_by_ctrl_c(*args: object, **kwargs: object) -> None:
    """Stands in for a command's work: Ctrl-C lands in it, and CPython turns the KeyboardInterrupt into a
    TypeError, as 3.11 does when the signal lands in a failing ``from x import y`` (seen in ``import ssl``)."""
    try:
        signal.raise_signal(signal.SIGINT)
        time.sleep(5)  # the handler runs before this ends
    except KeyboardInterrupt:
        raise TypeError("expected a message argument") from None


def test_whatever_escapes_after_a_signal_ends_as_interrupted(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--manifest", str(workspace / "specs" / "vendors.yaml"), "--output", str(workspace / "generated")]
    monkeypatch.setattr(pipeline, "check", _cut_short_by_ctrl_c)
    assert generator_in_process([*argv, "check"]) == 130
    assert "interrupted: generated/ was left unchanged" in capsys.readouterr().err
    # Without a signal, the same error is a bug of ours, and surfaces as one.
    monkeypatch.setattr(pipeline, "check", lambda *args, **kwargs: int("x"))
    with pytest.raises(ValueError, match="invalid literal"):
        generator_in_process([*argv, "check"])


@pytest.mark.parametrize("stage", ["models", "check"])
def test_a_worker_that_dies_is_an_error_naming_its_stage_and_vendor(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest], monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    real = pipeline._stage

    def dying(name: str, *args: Any) -> None:
        if name == stage:
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer, or a crash in C code, would
        real(name, *args)

    monkeypatch.setattr(pipeline, "_stage", dying)  # the workers fork after this, with it
    error = refused(workspace, load_workspace_manifest, "worker process died abruptly", "nothing was written")
    # A dead worker ends its whole pool; the stages it shared (the client's and the check's) are both named.
    assert error.vendor == "loadforge", str(error)
    print(error) and re.search(rf"finished: loadforge's (\w+ and )?{stage};", error.message)


def test_the_workers_end_with_a_generator_killed_outright(workspace: Path) -> None:
    # A worker outliving its parent waits for tasks forever, holding the parent's output open: a CI step
    # reading it never ends.
    output = workspace / "generated"
    command = [sys.executable, "-m", "testruns_generator", "--manifest", str(workspace / "specs" / "vendors.yaml")]
    process = subprocess.Popen(
        [*command, "--output", str(output), "generate", "--force"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    children: list[str] = []
    # Killed once it is staging and its workers are forked (they start after the staging folder is made).
    while process.poll() is None and time.monotonic() < deadline:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        if children and any(output.glob(".staging-*")):
            break
        time.sleep(0.005)
    assert process.poll() is None and children, "generation ended before it could be killed"
    process.kill()
    process.wait()
    deadline = time.monotonic() + 30  # a bound on the wait, not a measure: ended, they are reaped at once
    while (left := [pid for pid in children if _running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not left


def _running(pid: str) -> bool:
    """Whether the process is there and not a zombie (ended, not yet reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_a_region_that_is_none_of_the_spec_s_servers_is_named(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    manifest = workspace / "specs" / "vendors.yaml"
    manifest.write_text(manifest.read_text().replace("https://api.wallarm.com", "https://eu.api.wallarm.example"))
    error = refused(
        workspace, load_workspace_manifest, "region 'eu'", "none of the spec's servers", vendors=("wallarm",)
    )
    assert error.location == "vendors[wallarm].regions.eu"


def test_server_variables_are_expanded_into_regions() -> None:
    spec = {
        "servers": [
            {"url": "https://{site}.example.com/v1", "variables": {"site": {"default": "us", "enum": ["us", "eu"]}}}
        ]
    }
    assert server_urls(spec) == ["https://us.example.com/v1", "https://eu.example.com/v1"]
