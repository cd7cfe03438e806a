"""The vendors at a glance: the same from the generated catalog as from the validated manifest, never stale."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from testruns._catalog import (
    CATALOG_FILE,
    INDEX_PACKAGE,
    read_catalog,
    recorded_manifest,
    summary,
    vendor_summaries,
)
from testruns.manifest import DEFAULT_MANIFEST_PATH, Manifest, load_manifest
from tests.conftest import REPO

COMMITTED_CATALOG = REPO / "generated" / INDEX_PACKAGE / CATALOG_FILE


def test_the_committed_catalog_is_the_manifest_at_a_glance() -> None:
    from_manifest = tuple(summary(vendor) for vendor in load_manifest().vendors)
    assert read_catalog(COMMITTED_CATALOG, DEFAULT_MANIFEST_PATH) == from_manifest
    assert vendor_summaries() == from_manifest
    assert [vendor.id for vendor in from_manifest] == list(load_manifest().ids)


def test_an_edited_manifest_is_read_itself_not_the_catalog_of_the_old_one(tmp_path: Path) -> None:
    edited = tmp_path / "vendors.yaml"
    edited.write_text(DEFAULT_MANIFEST_PATH.read_text().replace("name: LoadForge\n", "name: LoadForge Cloud\n"))
    assert read_catalog(COMMITTED_CATALOG, edited) is None
    names = {vendor.id: vendor.name for vendor in vendor_summaries(edited)}
    assert names["loadforge"] == "LoadForge Cloud"


def _edited(change: Callable[[Any], object]) -> Callable[[str], str]:
    def edit(text: str) -> str:
        document = json.loads(text)
        change(document)
        return json.dumps(document)

    return edit


UNREADABLE: dict[str, Callable[[str], str]] = {
    "not JSON": lambda text: text[: len(text) // 2],
    "another format": _edited(lambda document: document.update(format=document["format"] + 1)),
    "another manifest's hash": _edited(lambda document: document.update(manifest_sha256="0" * 64)),
    "a field missing": _edited(lambda document: [vendor.pop("regions") for vendor in document["vendors"]]),
    "a field unknown": _edited(lambda document: [vendor.update(extra=1) for vendor in document["vendors"]]),
    "no vendor list": _edited(lambda document: document.pop("vendors")),
}


@pytest.mark.parametrize("damage", UNREADABLE)
def test_a_catalog_this_version_cannot_read_is_not_used(tmp_path: Path, damage: str) -> None:
    catalog = tmp_path / CATALOG_FILE
    text = COMMITTED_CATALOG.read_text()
    catalog.write_text(text)
    assert read_catalog(catalog, DEFAULT_MANIFEST_PATH) is not None  # the copy itself reads
    catalog.write_text(UNREADABLE[damage](text))
    assert read_catalog(catalog, DEFAULT_MANIFEST_PATH) is None
    assert read_catalog(tmp_path / "missing.json", DEFAULT_MANIFEST_PATH) is None


def test_listing_vendors_loads_neither_pydantic_nor_httpx() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from testruns.cli import run\n"
        "for args in (['vendors', '--json'], ['vendors'], ['trigger', '--help'], ['status', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert run(args) == 0, args\n"
        "print(sorted(name for name in ('pydantic', 'httpx', 'yaml') if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr


def _from_yaml(path: Path) -> Manifest:
    import yaml  # noqa: PLC0415

    return Manifest.model_validate({**yaml.safe_load(path.read_text()), "path": path})


def test_the_recorded_manifest_validates_to_the_very_manifest_the_yaml_gives() -> None:
    recorded = recorded_manifest(DEFAULT_MANIFEST_PATH.read_bytes())
    assert recorded is not None
    assert Manifest.model_validate({**recorded, "path": DEFAULT_MANIFEST_PATH}) == _from_yaml(DEFAULT_MANIFEST_PATH)
    assert load_manifest() == _from_yaml(DEFAULT_MANIFEST_PATH)


def test_a_command_reads_the_record_and_an_edited_manifest_is_read_itself(tmp_path: Path) -> None:
    edited = tmp_path / "vendors.yaml"
    edited.write_text(DEFAULT_MANIFEST_PATH.read_text().replace("name: LoadForge\n", "name: LoadForge Cloud\n"))
    assert recorded_manifest(edited.read_bytes()) is None
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from testruns.manifest import load_manifest\n"
        "for path in (None, Path(sys.argv[1])):\n"
        "    manifest = load_manifest() if path is None else load_manifest(path)\n"
        "    print(manifest.vendor('loadforge').name, 'yaml' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(edited)], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["LoadForge False", "LoadForge Cloud True"], done.stderr
    assert load_manifest(edited) == _from_yaml(edited)


def test_a_record_the_checks_refuse_gives_way_to_the_manifest_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = json.loads(COMMITTED_CATALOG.read_text())
    document["manifest"]["vendors"][0]["id"] = "Not An Identifier"
    catalog = tmp_path / CATALOG_FILE
    catalog.write_text(json.dumps(document))
    monkeypatch.setattr("testruns._catalog._catalog_file", lambda: catalog)
    copy = tmp_path / "vendors.yaml"  # a path of its own, so no earlier load answers from the cache
    copy.write_bytes(DEFAULT_MANIFEST_PATH.read_bytes())
    assert recorded_manifest(copy.read_bytes()) == document["manifest"]
    assert load_manifest(copy) == _from_yaml(copy)
