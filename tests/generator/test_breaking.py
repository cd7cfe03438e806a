"""The checker's rules, one pair of documents each (the change, and a twin that breaks nobody), its direction
properties, its output and its exit statuses."""

from __future__ import annotations

import copy
import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.breaking import RULES, DocumentError, check_documents
from generator.breaking.manifest import vendor_findings
from generator.breaking.report import Report, bump, escape_markdown, ignored, next_version, read_ignore_file, render
from generator.effective_spec import effective_spec
from testruns.manifest import load_manifest
from tests.conftest import REPO
from tests.generator.breaking_pairs import (
    DOCUMENT_PAIRS,
    PROPERTY_PAIRS,
    PROPERTY_TWINS,
    SCHEMA_PAIRS,
    SCHEMA_TWINS,
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
    twin_direction, twin_old, twin_new = PROPERTY_TWINS[rule_id] if found[rule_id] == "error" else PROPERTY_PAIRS[rule_id]
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
