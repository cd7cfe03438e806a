"""What a vendor's spec change means for users: each class of change, the Python surface, and the commands."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from testruns.text import printable
from testruns.vendors.manifest import load_manifest
from testruns_generator.breaking import Finding, check_documents
from testruns_generator.breaking.manifest import vendor_findings
from testruns_generator.breaking.report import Report, render, summary
from testruns_generator.changelog import section
from testruns_generator.changes import _surface
from testruns_generator.effective_spec import effective_spec
from testruns_generator.markdown import code_span, escaped
from tests.conftest import REPO

MANIFEST = load_manifest()
Edit = Callable[[dict[str, Any]], None]


def changed(vendor_id: str, edit: Edit, manifest_edit: Callable[[Any], Any] | None = None) -> list[Finding]:
    vendor = MANIFEST.vendor(vendor_id)
    old = effective_spec(vendor, MANIFEST)
    new = copy.deepcopy(old)
    edit(new)
    return vendor_findings(vendor, old, manifest_edit(vendor) if manifest_edit else vendor, new)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def _rename_cancel_parameter(spec: dict[str, Any]) -> None:
    item = spec["paths"].pop("/v1/runs/{id}/cancel")
    item["post"]["parameters"][0]["name"] = "runId"
    spec["paths"]["/v1/runs/{runId}/cancel"] = item


def _rename_run_id(spec: dict[str, Any]) -> None:
    answer = schemas(spec)["TriggerRunResponse"]
    answer["properties"]["run_id"] = answer["properties"].pop("runId")
    answer["required"] = ["status", "run_id", "testId"]


def test_a_vendor_change_is_told_rule_by_rule() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _rename_cancel_parameter(spec)  # a path parameter renamed: the same on the wire
        _rename_run_id(spec)  # a required response field renamed (the one the manifest reads)
        schemas(spec)["RunMode"]["enum"] = ["fast"]  # an enum value removed from a request
        schemas(spec)["TriggerRunRequest"]["properties"]["branch"] = {"type": "string"}  # a new optional field
        schemas(spec)["RunPlatform"]["enum"].append("tv")  # a new enum value, in a request only

    found = {(f.rule, f.level, f.operation) for f in changed("testerarmy", edit)}
    trigger = "POST /v1/tests/{testId}/runs"
    assert ("request-path-parameter-renamed", "warning", "POST /v1/runs/{runId}/cancel") in found
    assert ("response-required-property-removed", "error", trigger) in found
    assert ("response-new-property", "info", trigger) in found
    assert ("manifest-pointer-moved", "error", trigger) in found
    assert ("request-enum-value-removed", "error", trigger) in found
    assert ("request-new-optional-property", "info", trigger) in found
    assert ("request-enum-value-added", "info", trigger) in found


def _duration(spec: dict[str, Any]) -> dict[str, Any]:
    return dict(schemas(spec)["RunRequest"]["properties"]["duration"])


def _set(path: list[Any], value: Any) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        node = spec
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return edit


def _drop(path: list[Any]) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        node = spec
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return edit


RUN_REQUEST = ["components", "schemas", "RunRequest"]
DURATION = [*RUN_REQUEST, "properties", "duration"]
CANCEL = ["paths", "/run/cancel/{run_id}", "post"]
RESULT = ["components", "schemas", "Result", "properties"]


def test_no_change_is_no_change() -> None:
    assert changed("splx", lambda spec: None) == []
    assert summary([]) == "no change"


def _facade(root: Path) -> Path:
    return root / "testruns_clients" / "testerarmy" / "facade.py"


def test_the_python_surface_names_a_renamed_and_a_removed_parameter(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        shutil.copytree(
            REPO / "generated" / "testruns_clients" / "testerarmy", root / "testruns_clients" / "testerarmy"
        )
    text = _facade(new).read_text()
    text = text.replace("def cancel(self, *, run_id: UUID | str,", "def cancel(self, *, run: UUID | str,")
    text = text.replace('mode: Literal["fast", "deep"] | None = None,', "")
    _facade(new).write_text(text)
    found = _surface("testruns_clients.testerarmy", old, new)
    texts = [c.message for c in found]
    assert all(c.level == "error" for c in found)
    assert any("TesterArmy.cancel(run_id)" in t and "removed" in t for t in texts), texts
    assert any("TesterArmy.cancel(run)" in t and "added as required" in t for t in texts), texts
    assert any("TesterArmy.trigger(mode)" in t and "removed" in t for t in texts), texts
    assert _surface("testruns_clients.testerarmy", old, old) == []


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding a copy of specs/ and generated/, committed."""
    for name in ("specs", "generated"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    return tmp_path


def generator(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "testruns_generator", "--manifest", str(repo / "specs" / "vendors.yaml")]
    return subprocess.run(
        [*command, "--output", str(repo / "generated"), *args], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def test_diff_against_a_ref_prints_the_findings_and_fails_on_breaking(repo: Path) -> None:
    overlay = repo / "specs" / "loadforge" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("      maximum: 720", "      maximum: 600"))
    generated = generator(repo, "generate")
    assert generated.returncode == 0, generated.stderr
    assert "  loadforge: 1 error" in generated.stdout
    assert generator(repo, "check").returncode == 0
    done = generator(repo, "diff")
    assert done.returncode == 1 and "breaking changes for loadforge" in done.stderr
    assert "loadforge: 1 error (bump: major)" in done.stdout
    assert "  error    request-maximum-decreased  POST /run, request body application/json" in done.stdout
    markdown = generator(repo, "diff", "--format", "markdown", "--allow-breaking")
    assert markdown.returncode == 0
    assert "| loadforge | **1 error** | major |" in markdown.stdout
    as_json = json.loads(generator(repo, "diff", "loadforge", "--json", "--allow-breaking").stdout)
    (report,) = as_json["reports"]
    assert report["breaking"] is True and report["summary"] == "1 error"
    (finding,) = report["findings"]
    assert finding["pointer"] == "/paths/~1run/post/requestBody/content/application~1json/schema/properties/duration"
    rebuilt = generator(repo, "diff", "loadforge", "--generate", "--allow-breaking", "--format", "json")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(rebuilt.stdout)["reports"][0]["notes"] == []


def test_check_names_the_drift_with_its_classification(repo: Path) -> None:
    overlay = repo / "specs" / "loadforge" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("      minimum: 2", "      minimum: 1"))
    done = generator(repo, "check")
    assert done.returncode == 1
    assert "drift: loadforge: 1 info" in done.stderr


def test_diff_against_an_unknown_ref_is_a_clear_error(repo: Path) -> None:
    done = generator(repo, "diff", "--base", "no-such-ref")
    assert done.returncode == 2 and "cannot read specs" in done.stderr and "no-such-ref" in done.stderr


def test_an_operation_no_facade_maps_is_compared_too() -> None:
    # The generated client's importers call Testsigma's JUnit report operation directly.
    found = changed(
        "testsigma_plans",
        _set(["paths", "/reports/junit/{run_id}", "get", "parameters", 0, "schema"], {"type": "string"}),
    )
    assert [(c.rule, c.operation, c.location) for c in found] == [
        ("request-type-changed", "GET /reports/junit/{run_id}", "path parameter run_id")
    ]


def test_a_module_the_new_package_lacks_is_breaking_and_unchanged_modules_are_not_read(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        shutil.copytree(
            REPO / "generated" / "testruns_clients" / "testerarmy", root / "testruns_clients" / "testerarmy"
        )
    (new / "testruns_clients" / "testerarmy" / "api" / "default" / "get_run.py").unlink()
    (old / "testruns_clients" / "testerarmy" / "models" / "run_error.py").write_text(
        "def (:\n"
    )  # unparsable: it must not be read
    (new / "testruns_clients" / "testerarmy" / "models" / "run_error.py").write_text(
        "def (:\n"
    )  # the same text on both sides
    found = _surface("testruns_clients.testerarmy", old, new)
    assert [(c.rule, c.location, c.message) for c in found] == [
        ("python-module-removed", "testruns_clients.testerarmy.api.default.get_run", "module removed")
    ]


# CommonMark, with GitHub's tables and strikethrough: how CHANGELOG.md and a pull request's body are read.
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
HOSTILE_ID = "start`Run`\n## injected | x |\n<img src=x onerror=alert(1)> **bold** [link](http://x) ~~gone~~"


def _tokens(text: str) -> list[Token]:
    """Every token of ``text`` rendered, inline ones included."""
    found = []
    for token in MD.parse(text):
        found += [token, *(token.children or [])]
    return found


def test_spec_text_in_the_changelog_and_the_pull_request_body_is_never_markup() -> None:
    # A vendor's new operation whose operationId and version carry Markdown, HTML and line breaks.
    vendor = MANIFEST.vendor("loadforge")
    old = effective_spec(vendor, MANIFEST)
    new = copy.deepcopy(old)
    new["info"]["version"] = "2.1.0\n# not a title <b>x</b>"
    path = f"/{HOSTILE_ID}"  # the checker names an operation by its method and path
    new["paths"][path] = {"get": {"operationId": HOSTILE_ID, "responses": {"200": {"description": "ok"}}}}
    findings = check_documents(old, new, old_name="before", new_name="now")
    assert any(path in f.operation for f in findings), findings
    for text, headings in (
        (section("LoadForge", "testruns_clients.loadforge", old, new, findings), ["h3"]),
        (render([Report("loadforge", findings)], "markdown", "HEAD"), ["h2", "h3"]),
    ):
        tokens = _tokens(text)
        assert [t.tag for t in tokens if t.type == "heading_open"] == headings  # ours, and no other
        markup = [t for t in tokens if t.type in ("html_block", "html_inline", "link_open", "s_open", "image")]
        assert [t.content for t in markup if t.content != "<br>"] == []  # the report's own line breaks alone
        assert any(printable(path) in t.content for t in tokens if t.type in ("text", "code_inline"))
    table = [t for t in _tokens(render([Report("loadforge", findings)], "markdown", "HEAD")) if t.type == "tr_open"]
    assert len(table) == 3 + len(findings)  # summary: header and loadforge; findings: header and one each


@given(st.text())
@example("`` a ` b ``")
@example(" ` ")
@example(" x ")
@example("  ")
@example("")
@example("\\")
def test_escaped_text_and_code_spans_render_as_written(value: str) -> None:
    shown = printable(value)
    inline = MD.parseInline(f"a {escaped(value)} b")[0].children or []
    assert [t.type for t in inline] == ["text"] * len(inline)
    assert "".join(t.content for t in inline) == f"a {shown} b"
    spans = [t.content for t in MD.parseInline(f"a {code_span(value)} b")[0].children or [] if t.type == "code_inline"]
    assert spans == ([shown] if shown else [])  # Markdown has no empty code span
