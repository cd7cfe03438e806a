"""The checker's rules, one pair of documents each (the change, and a twin that breaks nobody), its direction
properties, its output and its exit statuses."""

from __future__ import annotations

import copy
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testruns.vendors.manifest import load_manifest
from testruns_generator import __main__ as cli
from testruns_generator.breaking import RULES, DocumentError, check_documents
from testruns_generator.breaking.manifest import vendor_findings
from testruns_generator.breaking.report import (
    Report,
    bump,
    escape_markdown,
    ignored,
    next_version,
    read_ignore_file,
    render,
)
from testruns_generator.changes import tree_at
from testruns_generator.documents import read_document
from testruns_generator.effective_spec import effective_spec
from testruns_generator.overlay import apply_overlay
from tests.conftest import REPO
from tests.generator.breaking_pairs import (
    DOCUMENT_PAIRS,
    PROPERTY_PAIRS,
    PROPERTY_TWINS,
    SCHEMA_PAIRS,
    SCHEMA_TWINS,
    api,
    with_schema,
)

TODAY = datetime.date(2026, 1, 1)
MANIFEST = load_manifest()


def fired(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """Rule id -> level of every finding."""
    return {f.rule: f.level for f in check_documents(old, new, today=TODAY)}


def errors(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [rule for rule, level in fired(old, new).items() if level == "error"]


# -- one pair per rule -------------------------------------------------------------------------------------

MANIFEST_RULES = {r for r in RULES if RULES[r].category in ("manifest", "python")}


def test_every_rule_has_a_pair_of_documents() -> None:
    covered = {f"{d}-{change}" for change in SCHEMA_PAIRS for d in ("request", "response")}
    covered |= set(PROPERTY_PAIRS) | set(DOCUMENT_PAIRS) | MANIFEST_RULES
    assert sorted(set(RULES) - covered) == []
    assert sorted(covered - set(RULES)) == []


@pytest.mark.parametrize("direction", ["request", "response"])
@pytest.mark.parametrize("change", sorted(SCHEMA_PAIRS))
def test_a_schema_rule_fires_in_its_direction_and_its_twin_breaks_nobody(change: str, direction: str) -> None:
    old, new = SCHEMA_PAIRS[change]
    rule_id = f"{direction}-{change}"
    found = fired(with_schema(old, direction), with_schema(new, direction))
    assert found.get(rule_id) == RULES[rule_id].level, found
    if RULES[rule_id].level == "error":
        twin_old, twin_new = SCHEMA_TWINS.get(change, (old, new))
        other = "response" if direction == "request" else "request"
        twin_direction = "request" if change in SCHEMA_TWINS else other  # the twins widen: harmless to a sender
        assert errors(with_schema(twin_old, twin_direction), with_schema(twin_new, twin_direction)) == []


@pytest.mark.parametrize("rule_id", sorted(PROPERTY_PAIRS))
def test_a_property_rule_fires_and_its_twin_breaks_nobody(rule_id: str) -> None:
    direction, old, new = PROPERTY_PAIRS[rule_id]
    found = fired(with_schema(old, direction), with_schema(new, direction))
    assert found.get(rule_id) == RULES[rule_id].level, found
    twin_direction, twin_old, twin_new = (
        PROPERTY_TWINS[rule_id] if found[rule_id] == "error" else PROPERTY_PAIRS[rule_id]
    )
    assert errors(with_schema(twin_old, twin_direction), with_schema(twin_new, twin_direction)) == []


@pytest.mark.parametrize("rule_id", sorted(DOCUMENT_PAIRS))
def test_a_document_rule_fires_and_its_twin_breaks_nobody(rule_id: str) -> None:
    old, new, twin_old, twin_new = DOCUMENT_PAIRS[rule_id]
    found = fired(old, new)
    assert found.get(rule_id) == RULES[rule_id].level, found
    assert errors(twin_old, twin_new) == []


def test_identical_documents_have_no_finding() -> None:
    for old, new, _, _ in DOCUMENT_PAIRS.values():
        assert fired(old, copy.deepcopy(old)) == {}
        assert fired(new, copy.deepcopy(new)) == {}


# -- direction: widening breaks a reader, narrowing a sender -------------------------------------------------

BASE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "count": {"type": "integer", "minimum": 1, "maximum": 10},
        "name": {"type": "string", "maxLength": 20, "pattern": "^[a-z]+$"},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 5, "uniqueItems": True},
        "choice": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    },
    "required": ["count", "name"],
}


def _edit(path: list[str], change: Any) -> Any:
    def edit(schema: dict[str, Any]) -> None:
        node = schema
        for step in path[:-1]:
            node = node[step]
        change(node, path[-1])

    return edit


def _set(path: list[str], value: Any) -> Any:
    return _edit(path, lambda node, key: node.__setitem__(key, value))


def _drop(path: list[str]) -> Any:
    return _edit(path, lambda node, key: node.pop(key))


P = ["properties"]
# Each makes the schema take more; the same edit undone makes it take less.
WIDENINGS: dict[str, Any] = {
    "minimum lowered": _set([*P, "count", "minimum"], 0),
    "maximum raised": _set([*P, "count", "maximum"], 99),
    "integer to number": _set([*P, "count", "type"], "number"),
    "nullable": _set([*P, "name", "type"], ["string", "null"]),
    "maxLength dropped": _drop([*P, "name", "maxLength"]),
    "pattern dropped": _drop([*P, "name", "pattern"]),
    "enum value added": _set([*P, "kind", "enum"], ["a", "b", "c"]),
    "enum dropped": _drop([*P, "kind", "enum"]),
    "maxItems raised": _set([*P, "tags", "maxItems"], 50),
    "uniqueItems dropped": _drop([*P, "tags", "uniqueItems"]),
    "anyOf branch added": _set([*P, "choice", "anyOf"], [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]),
    "required dropped": _set(["required"], ["count"]),
}


def _widened(names: list[str]) -> dict[str, Any]:
    schema = copy.deepcopy(BASE)
    for name in names:
        WIDENINGS[name](schema)
    return schema


changes = st.lists(st.sampled_from(sorted(WIDENINGS)), min_size=1, unique=True)


@settings(max_examples=60, deadline=None)
@given(changes)
def test_widening_only_an_answer_breaks_and_only_a_request_does_not(names: list[str]) -> None:
    wide = _widened(names)
    assert errors(with_schema(BASE, "response"), with_schema(wide, "response"))
    assert errors(with_schema(BASE, "request"), with_schema(wide, "request")) == []


@settings(max_examples=60, deadline=None)
@given(changes)
def test_narrowing_only_a_request_breaks_and_only_an_answer_does_not(names: list[str]) -> None:
    wide = _widened(names)
    assert errors(with_schema(wide, "request"), with_schema(BASE, "request"))
    assert errors(with_schema(wide, "response"), with_schema(BASE, "response")) == []


def test_a_component_shared_by_request_and_answer_is_judged_for_each() -> None:
    def document(schema: dict[str, Any]) -> dict[str, Any]:
        ref = {"$ref": "#/components/schemas/Run"}
        content = {"application/json": {"schema": ref}}
        doc = with_schema({}, "request")
        operation = doc["paths"]["/runs"]["post"]
        operation["requestBody"]["content"] = content
        operation["responses"]["200"]["content"] = content
        doc["components"] = {"schemas": {"Run": schema}}
        return doc

    found = check_documents(document(BASE), document(_widened(["minimum lowered"])), today=TODAY)
    assert {(f.rule, f.level, f.location) for f in found} == {
        ("request-minimum-decreased", "info", "request body application/json"),
        ("response-minimum-decreased", "error", "response 200 application/json"),
    }
    (answer,) = [f for f in found if f.level == "error"]
    assert answer.pointer == "/paths/~1runs/post/responses/200/content/application~1json/schema/properties/count"


# -- the manifest's rules ----------------------------------------------------------------------------------


def _loadforge() -> tuple[Any, dict[str, Any]]:
    vendor = MANIFEST.vendor("loadforge")
    return vendor, effective_spec(vendor, MANIFEST)


def test_the_manifest_rules() -> None:
    vendor, spec = _loadforge()
    assert [f.rule for f in vendor_findings(None, None, vendor, spec)] == ["vendor-added"]
    assert [f.rule for f in vendor_findings(vendor, spec, None, None)] == ["vendor-removed"]
    assert vendor_findings(vendor, spec, vendor, copy.deepcopy(spec)) == []
    operations = dict(vendor.operations)
    cancel = operations.pop("cancel")
    fewer = vendor.model_copy(update={"operations": operations})
    assert [f.rule for f in vendor_findings(vendor, spec, fewer, spec)] == ["facade-operation-removed"]
    assert [f.rule for f in vendor_findings(fewer, spec, vendor, spec)] == ["facade-operation-added"]
    remapped = vendor.model_copy(update={"operations": {**operations, "cancel": operations["trigger"]}})
    assert "facade-operation-remapped" in [f.rule for f in vendor_findings(vendor, spec, remapped, spec)]
    gone = vendor.model_copy(
        update={"operations": {**operations, "cancel": cancel.model_copy(update={"operation_id": "nope"})}}
    )
    assert "facade-operation-gone" in [f.rule for f in vendor_findings(vendor, spec, gone, spec)]
    moved = vendor.model_copy(
        update={
            "operations": {
                **vendor.operations,
                "trigger": operations["trigger"].model_copy(update={"run_id": "/nowhere"}),
            }
        }
    )
    assert "manifest-pointer-moved" in [f.rule for f in vendor_findings(vendor, spec, moved, spec)]
    regions = {"default": "https://eu.example", "us": "https://us.example"}
    found = vendor_findings(vendor, spec, vendor.model_copy(update={"regions": regions}), spec)
    assert {f.rule for f in found} == {"manifest-region-changed", "manifest-region-added"}
    assert "manifest-region-removed" in [
        f.rule for f in vendor_findings(vendor.model_copy(update={"regions": regions}), spec, vendor, spec)
    ]
    auth = vendor.auth.model_copy(update={"env": "OTHER_KEY"})
    assert [f.rule for f in vendor_findings(vendor, spec, vendor.model_copy(update={"auth": auth}), spec)] == [
        "manifest-auth-changed"
    ]


# -- the vendors' real history ----------------------------------------------------------------------------


def test_the_vendors_history_raises_no_false_alarm() -> None:
    """Every commit that touched specs/: each vendor's document with its overlay, before and after."""

    log = subprocess.run(["git", "-C", str(REPO), "log", "--format=%H", "--", "specs/"], capture_output=True, text=True)
    commits = [
        c
        for c in log.stdout.split()
        if subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "-q", "--verify", f"{c}~1"], capture_output=True
        ).returncode
        == 0
    ]
    assert len(commits) >= 5
    compared, alarms = 0, []
    for commit in commits:
        with tree_at(REPO, f"{commit}~1", ["specs"]) as old_root, tree_at(REPO, commit, ["specs"]) as new_root:
            for spec_file in sorted(new_root.glob("specs/*/openapi.*")):
                old_file = old_root / spec_file.relative_to(new_root)
                if not old_file.is_file():
                    continue
                sides = []
                for file in (old_file, spec_file):
                    document = read_document(file)
                    overlay = file.with_name("overlay.yaml")
                    if overlay.is_file():
                        document = apply_overlay(document, read_document(overlay), file=overlay)
                    sides.append(document)
                compared += 1
                for finding in check_documents(*sides, today=TODAY):
                    # Tester Army's server moved under /api in 9b514c6, a correction taken from its own pages.
                    if finding.level == "error" or (finding.level == "warning" and finding.rule != "server-removed"):
                        alarms.append((commit[:7], spec_file.parent.name, finding))
    assert compared >= 10
    assert alarms == []


# -- output and exits ---------------------------------------------------------------------------------------


def test_markdown_escapes_what_comes_from_the_document() -> None:
    hostile = "x`y`\n## Owned | z | <script>@team [a](b)"
    assert "\n" not in escape_markdown(hostile)
    text = render(
        [Report(hostile, check_documents(api_doc(hostile), api_doc(hostile + "2"), today=TODAY))], "markdown", "t"
    )
    assert "<script>" not in text and "\n## Owned" not in text and "\n\\#" not in text
    assert (
        # (an @mention is no markup, and a backslash does not stop GitHub's: testruns_generator/markdown.py says so)
        re.search(r"(?<!\\)[`#<>\[]", text.replace("## API changes", "").replace("### ", "").replace("<br>", ""))
        is None
    )
    unescaped_pipes = [len(re.findall(r"(?<!\\)\|", line)) for line in text.splitlines() if line.startswith("|")]
    assert set(unescaped_pipes) <= {4, 5}  # the tables' own columns, nothing more


def api_doc(operation_id: str) -> dict[str, Any]:
    return api({"operationId": operation_id})


def test_the_bump_and_the_next_version() -> None:
    old, new, _, _ = DOCUMENT_PAIRS["endpoint-removed"]
    assert bump(check_documents(old, new, today=TODAY)) == "major"
    assert bump(check_documents(new, old, today=TODAY)) == "minor"
    old, new, _, _ = DOCUMENT_PAIRS["endpoint-deprecated"]
    assert bump(check_documents(old, new, today=TODAY)) == "patch"
    assert bump([]) is None
    assert (next_version("0.1.0", "major"), next_version("1.2.3", "minor"), next_version("1.2.3", "patch")) == (
        "1.0.0",
        "1.3.0",
        "1.2.4",
    )


def test_the_ignore_file(tmp_path: Path) -> None:
    old, new, _, _ = DOCUMENT_PAIRS["endpoint-removed"]
    (finding,) = check_documents(old, new, today=TODAY)
    accept = tmp_path / "accepted"
    accept.write_text("# accepted in review\nendpoint-removed POST /runs\n")
    assert ignored(finding, read_ignore_file(accept))
    accept.write_text("endpoint-removed /paths/~1other\n")
    assert not ignored(finding, read_ignore_file(accept))
    accept.write_text("no-such-rule *\n")
    with pytest.raises(Exception, match=r"accepted:1: unknown rule id 'no-such-rule'"):
        read_ignore_file(accept)


def diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "testruns_generator", "diff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _files(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str]:
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    return str(tmp_path / "old.json"), str(tmp_path / "new.json")


def test_exit_statuses_tell_a_break_from_bad_input(tmp_path: Path) -> None:
    old, new, _, _ = DOCUMENT_PAIRS["endpoint-removed"]
    a, b = _files(tmp_path, old, new)
    done = diff("--old", a, "--new", b, "--format", "json")
    assert done.returncode == 1
    (report,) = json.loads(done.stdout)["reports"]
    assert [f["rule"] for f in report["findings"]] == ["endpoint-removed"] and report["bump"] == "major"
    accept = tmp_path / "accept"
    accept.write_text("endpoint-removed POST /runs\n")
    assert diff("--old", a, "--new", b, "--ignore", str(accept)).returncode == 0
    assert diff("--old", b, "--new", a).returncode == 0
    warned = DOCUMENT_PAIRS["request-parameter-removed"]
    c, d = _files(tmp_path, warned[0], warned[1])
    assert diff("--old", c, "--new", d).returncode == 0
    assert diff("--old", c, "--new", d, "--fail-on", "warning").returncode == 1
    broken = copy.deepcopy(old)
    broken["paths"]["/runs"]["post"]["responses"] = None
    e, f = _files(tmp_path, old, broken)
    done = diff("--old", e, "--new", f)
    assert done.returncode == 2, done.stderr
    assert f"{f} at /paths/~1runs/post/responses: expected an object, found null" in done.stderr
    assert diff("--old", a).returncode == 2
    with pytest.raises(DocumentError, match="at /paths/~1runs/post/responses"):
        check_documents(old, broken)


def test_a_crash_exits_3_not_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crash(checker: Any) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("testruns_generator.breaking.check_documents", lambda *a, **k: crash(None))
    a, b = _files(tmp_path, *DOCUMENT_PAIRS["endpoint-removed"][:2])
    assert cli._diff(cli._parser().parse_args(["diff", "--old", a, "--new", b]), Path("generated")) == 3
    assert "the checker failed (ZeroDivisionError: boom)" in capsys.readouterr().err
