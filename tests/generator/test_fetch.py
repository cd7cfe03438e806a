"""Fetching vendors' documents from a local HTTP server, and ``make update`` end to end in a scratch repository."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from testruns.vendors.manifest import Manifest, load_manifest
from testruns_generator import pipeline
from testruns_generator.errors import GenerationError
from testruns_generator.fetch import RECORD_FILE, fetch, write
from tests.conftest import REPO, tree_digest

# SPLX's API reference page as published (docs/vendors/splx.md): two embedded OpenAPI fragments.
SPLX_PAGE = REPO / "tests" / "fixtures" / "splx" / "test-run-page.md"
LOADFORGE_PAGE = (REPO / "specs" / "loadforge" / "openapi.yaml").read_text()
Reply = tuple[int, bytes]


class Pages:
    """A local server: path -> a list of replies, the last one repeating; ``types`` gives a path's content type,
    and ``trickled`` sends a path's head or body one byte every 0.1 s."""

    def __init__(self) -> None:
        self.replies: dict[str, list[Reply]] = {}
        self.types: dict[str, str] = {}
        self.trickled: dict[str, str] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                outer.hits.append(self.path)
                queue = outer.replies.get(self.path, [(404, b"not here")])
                status, body = queue.pop(0) if len(queue) > 1 else queue[0]
                head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\n"
                if self.path in outer.types:
                    head += f"Content-Type: {outer.types[self.path]}\r\n"
                whole = (head + "\r\n").encode() + body
                slow = outer.trickled.get(self.path)
                if slow is None:
                    self.wfile.write(whole)
                    return
                at = whole.index(b"\r\n") + 2 if slow == "head" else len(whole) - len(body)
                with contextlib.suppress(OSError):  # the reader went away
                    self.wfile.write(whole[:at])
                    for byte in whole[at:]:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(0.1)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def serve(self, path: str, *replies: Reply, content_type: str | None = None, trickled: str | None = None) -> str:
        self.replies[path] = list(replies)
        if content_type is not None:
            self.types[path] = content_type
        if trickled is not None:
            self.trickled[path] = trickled
        return self.url + path


@pytest.fixture
def pages() -> Iterator[Pages]:
    served = Pages()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served.server.shutdown()
        served.server.server_close()


def _mintlify(document: str, fence: str = "````") -> bytes:
    """A Mintlify-style page: prose, then the document in a fenced block."""
    return f"# Start Run\n\n> Start a run\n\n## OpenAPI\n\n{fence}yaml POST /run\n{document}{fence}\n".encode()


def pointed(workspace: Path, sources: dict[str, dict[str, Any]]) -> Callable[[], Manifest]:
    """The workspace's manifest with these vendors' sources pointed at the local server."""
    path = workspace / "specs" / "vendors.yaml"
    document = yaml.safe_load(path.read_text())
    for vendor in document["vendors"]:
        vendor.pop("source", None)
        if vendor["id"] in sources:
            vendor["source"] = sources[vendor["id"]]
    path.write_text(yaml.safe_dump(document, sort_keys=False))

    def load() -> Manifest:
        load_manifest.cache_clear()
        return load_manifest(path)

    return load


def test_a_page_with_one_embedded_document_is_written_as_it_stands(workspace: Path, pages: Pages) -> None:
    url = pages.serve("/run-start.md", (200, _mintlify(LOADFORGE_PAGE)))
    manifest = pointed(workspace, {"loadforge": {"pages": [url]}})()
    target = workspace / "specs" / "loadforge" / "openapi.yaml"
    target.write_text("openapi: 3.1.0\n")  # an older version, so the fetch changes it
    written = write(fetch(manifest, [manifest.vendor("loadforge")]))
    assert written == ["loadforge"]
    assert target.read_text() == LOADFORGE_PAGE  # byte for byte: the block, as published
    record = json.loads((target.parent / RECORD_FILE).read_text())
    assert record["source"] == [url] and record["sha256"] == hashlib.sha256(LOADFORGE_PAGE.encode()).hexdigest()
    assert record["pages"][0]["sha256"] == hashlib.sha256(_mintlify(LOADFORGE_PAGE)).hexdigest()
    assert record["fetched_at"].endswith("+00:00")
    before = tree_digest(workspace / "specs")
    assert write(fetch(manifest, [manifest.vendor("loadforge")])) == []  # unchanged: left alone, record too
    assert tree_digest(workspace / "specs") == before


def test_splxs_two_fragments_merge_into_the_spec_we_keep(workspace: Path, pages: Pages) -> None:
    page = SPLX_PAGE.read_bytes()
    manifest = pointed(workspace, {"splx": {"pages": [pages.serve("/test-run.md", (200, page))]}})()
    target = workspace / "specs" / "splx" / "openapi.json"
    kept = target.read_bytes()
    target.unlink()
    assert write(fetch(manifest, [manifest.vendor("splx")])) == ["splx"]
    assert target.read_bytes() == kept


def test_a_document_url_is_written_byte_for_byte(workspace: Path, pages: Pages) -> None:
    body = (REPO / "specs" / "testerarmy" / "openapi.yaml").read_bytes().replace(b"Trigger", b"Start")
    manifest = pointed(workspace, {"testerarmy": {"url": pages.serve("/openapi.yaml", (200, body))}})()
    assert write(fetch(manifest, [manifest.vendor("testerarmy")])) == ["testerarmy"]
    assert (workspace / "specs" / "testerarmy" / "openapi.yaml").read_bytes() == body


def test_5xx_and_drops_are_retried_a_404_is_not(workspace: Path, pages: Pages) -> None:
    url = pages.serve("/flaky.md", (503, b""), (500, b""), (200, _mintlify(LOADFORGE_PAGE)))
    manifest = pointed(workspace, {"loadforge": {"pages": [url]}})()
    fetch(manifest, [manifest.vendor("loadforge")])
    assert pages.hits.count("/flaky.md") == 3
    missing = pointed(workspace, {"loadforge": {"pages": [pages.url + "/gone.md"]}})()
    with pytest.raises(GenerationError, match="HTTP 404"):
        fetch(missing, [missing.vendor("loadforge")])
    assert pages.hits.count("/gone.md") == 1


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        ((200, b"# A page\n\nno document here\n"), "embeds no OpenAPI document"),
        ((200, _mintlify(LOADFORGE_PAGE.replace("info:\n", "info: 7\nx-info:\n", 1))), "not a valid OpenAPI"),
        ((200, _mintlify("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")), "matches nothing in the spec"),
        ((200, _mintlify("openapi: [3.1.0\n")), "not valid YAML"),
        ((500, b""), "after 3 attempts"),
    ],
)
def test_a_bad_or_unreachable_source_is_a_clear_error_and_changes_nothing(
    workspace: Path, pages: Pages, reply: Reply, says: str
) -> None:
    good = pages.serve("/good.md", (200, SPLX_PAGE.read_bytes()))
    load = pointed(workspace, {"loadforge": {"pages": [pages.serve("/bad.md", reply)]}, "splx": {"pages": [good]}})
    manifest = load()
    before = tree_digest(workspace / "specs")
    with pytest.raises(GenerationError, match=says) as caught:
        write(fetch(manifest, [manifest.vendor("splx"), manifest.vendor("loadforge")]))
    assert caught.value.vendor == "loadforge"
    assert tree_digest(workspace / "specs") == before  # not even SPLX's good document was written


def test_an_unreachable_host_names_the_url(workspace: Path) -> None:
    manifest = pointed(workspace, {"loadforge": {"url": "http://127.0.0.1:9/openapi.yaml"}})()
    with pytest.raises(GenerationError, match=r"cannot fetch http://127.0.0.1:9/openapi.yaml after 3 attempts"):
        fetch(manifest, [manifest.vendor("loadforge")])


@pytest.mark.parametrize("slow", ["head", "body"])
def test_a_trickled_document_is_cut_at_the_deadline_and_changes_nothing(
    workspace: Path, pages: Pages, slow: str
) -> None:
    # A byte every 0.1 s: the whole answer would take minutes, each read well within the read timeout.
    url = pages.serve("/openapi.yaml", (200, LOADFORGE_PAGE.encode()), trickled=slow)
    manifest = pointed(workspace, {"loadforge": {"url": url}})()
    before = tree_digest(workspace / "specs")
    with pytest.raises(GenerationError, match=rf"{url} did not arrive within the 1 s a document may take"):
        write(fetch(manifest, [manifest.vendor("loadforge")], deadline=1))
    assert pages.hits == ["/openapi.yaml"]  # past the deadline, no other attempt
    assert tree_digest(workspace / "specs") == before


def test_the_fetch_deadline_is_stated_and_can_be_changed() -> None:
    command = [sys.executable, "-m", "testruns_generator", "fetch"]
    shown = subprocess.run([*command, "--help"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert "--deadline SECONDS" in shown and "(default: 60)" in " ".join(shown.split())
    refused = subprocess.run([*command, "--deadline", "0"], cwd=REPO, capture_output=True, text=True)
    assert refused.returncode == 2 and "--deadline: must be a positive number of seconds" in refused.stderr


@pytest.mark.parametrize(
    ("body", "says"),
    [
        pytest.param(
            LOADFORGE_PAGE.encode().replace(b"The LoadForge API", b"L'API LoadForge \xe9", 1),
            r"at byte \d+: not UTF-8 text",
            id="latin-1",
        ),
        *(
            pytest.param(
                LOADFORGE_PAGE.replace("'#/components/schemas/RunRequest'", repr(ref)).encode(),
                rf"\$ref '{re.escape(ref)}' is not a local reference",
                id=kind,
            )
            for kind, ref in [
                ("file", "file:///etc/passwd"),
                ("http", "http://127.0.0.1:9/schemas.yaml#/RunRequest"),
                ("relative", "schemas.yaml#/RunRequest"),
            ]
        ),
        pytest.param(
            LOADFORGE_PAGE.encode() + b"x-deep: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
            "nested more than 100 levels deep",
            id="nested-100000-deep",
        ),
    ],
)
def test_a_document_generate_would_refuse_is_not_written(workspace: Path, pages: Pages, body: bytes, says: str) -> None:
    url = pages.serve("/openapi.yaml", (200, body))
    manifest = pointed(workspace, {"loadforge": {"url": url}})()
    target = workspace / "specs" / "loadforge" / "openapi.yaml"
    target.write_text(LOADFORGE_PAGE.replace("version: 2.0.0", "version: 1.9.0"))  # an older one, kept
    before = tree_digest(workspace / "specs")
    with pytest.raises(GenerationError, match=says) as caught:
        write(fetch(manifest, [manifest.vendor("loadforge")]))
    assert url in str(caught.value)
    assert tree_digest(workspace / "specs") == before
    # The same document written by hand: generate refuses it for the same reason.
    target.write_bytes(body)
    load_manifest.cache_clear()
    with pytest.raises(GenerationError, match=says):
        pipeline.generate(load_manifest(manifest.path), ["loadforge"], output=workspace / "generated", force=True)


def test_fetch_refusing_a_document_exits_non_zero_and_keeps_the_old_one(workspace: Path, pages: Pages) -> None:
    url = pages.serve(
        "/openapi.yaml", (200, LOADFORGE_PAGE.replace("'#/components", "'other.yaml#/components").encode())
    )
    manifest = pointed(workspace, {"loadforge": {"url": url}})()
    before = tree_digest(workspace / "specs")
    command = [sys.executable, "-m", "testruns_generator", "--manifest", str(manifest.path), "fetch", "loadforge"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout
    assert "is not a local reference" in done.stderr and "specs/ was left unchanged" in done.stderr
    assert "Traceback" not in done.stderr
    assert tree_digest(workspace / "specs") == before


@pytest.mark.parametrize("kind", ["url", "pages"])
def test_an_html_page_as_the_source_names_the_url_and_what_arrived(workspace: Path, pages: Pages, kind: str) -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>\x1b[2JDocs</title></head><body>" + b"x" * 5000 + b"</body></html>"
    url = pages.serve("/docs", (200, page), content_type="text/html; charset=utf-8")
    manifest = pointed(workspace, {"loadforge": {kind: url if kind == "url" else [url]}})()
    before = tree_digest(workspace / "specs")
    with pytest.raises(GenerationError) as caught:
        write(fetch(manifest, [manifest.vendor("loadforge")]))
    said = str(caught.value)
    assert said.startswith(f"[loadforge] {url}")
    assert "sent text/html; charset=utf-8, starting '<!DOCTYPE html>\\n<html><head><title>\\x1b[2JDocs" in said
    assert "\x1b" not in said and "x" * 100 not in said  # escaped, and cut
    assert tree_digest(workspace / "specs") == before


def test_embedded_documents_that_disagree_name_the_place(workspace: Path, pages: Pages) -> None:
    page = SPLX_PAGE.read_text()
    first, second = page.split("## Cancel Test Run execution")
    second = second.replace('"version":"v1.0"', '"version":"v2.0"', 1)
    url = pages.serve("/split.md", (200, (first + "## Cancel" + second).encode()))
    manifest = pointed(workspace, {"splx": {"pages": [url]}})()
    with pytest.raises(GenerationError, match="disagree at /info/version"):
        fetch(manifest, [manifest.vendor("splx")])


def test_a_manifest_source_must_be_a_url_or_pages() -> None:
    from pydantic import ValidationError  # noqa: PLC0415

    from testruns.vendors.manifest import Source  # noqa: PLC0415

    for bad in ({}, {"url": "ftp://x/y"}, {"url": "https://a/b", "pages": ["https://c/d"]}):
        with pytest.raises(ValidationError):
            Source.model_validate(bad)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch git repository with specs/, generated/ and CHANGELOG.md, committed."""
    for name in ("specs", "generated"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    shutil.copy(REPO / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


def git(repo: Path, *args: str) -> str:
    command = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com", *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def test_make_update_end_to_end_against_a_changed_document(repo: Path, pages: Pages) -> None:
    # LoadForge publishes a new version: duration's bounds move into the spec (tighter) and run_id is renamed.
    changed = LOADFORGE_PAGE.replace("version: 2.0.0", "version: 2.1.0")
    changed = changed.replace("        run_id:\n", "        runId:\n")
    changed = changed.replace("        - error\n        - message\n", "        - error\n")  # an error's message may go
    assert changed != LOADFORGE_PAGE
    pointed(repo, {"loadforge": {"pages": [pages.serve("/run-start.md", (200, _mintlify(changed)))]}})
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    command = [sys.executable, "-m", "testruns_generator", "--manifest", str(repo / "specs" / "vendors.yaml")]
    command += ["--output", str(repo / "generated"), "update", "--report", str(repo / ".update"), "--commit"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    # The run id moved: generation refuses it, naming the pointer, and nothing is committed.
    assert done.returncode == 1, done.stdout
    assert "run_id reads /run_id" in done.stderr and "moved or removed" in done.stderr
    assert git(repo, "log", "--oneline").count("\n") == 1

    # Once the manifest follows the vendor, the update goes through as a reviewed change.
    manifest = repo / "specs" / "vendors.yaml"
    manifest.write_text(manifest.read_text().replace("run_id: /run_id", "run_id: /runId", 1))  # the trigger's
    git(repo, "checkout", "-q", "--", "specs/loadforge/openapi.yaml")
    git(repo, "add", "specs/vendors.yaml")
    git(repo, "commit", "-qm", "follow LoadForge's rename")
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    # Error-level changes are not committed without testruns' major version bump...
    assert done.returncode == 1, done.stdout
    assert "not committed: error-level changes need testruns' major version bump" in done.stderr
    assert git(repo, "log", "--oneline").count("\n") == 2
    # ...or the maintainer's --allow-breaking, as the weekly workflow gives: its pull request is labelled.
    command.append("--allow-breaking")
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = "3 errors, 1 warning, 1 info"  # the error schema is every operation's 400
    assert f"loadforge: {summary}" in done.stdout
    subject = git(repo, "log", "-1", "--format=%s").strip()
    assert subject == f"Update vendor specs: loadforge ({summary})"
    files = git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert {"specs/loadforge/openapi.yaml", "specs/loadforge/fetched.json", "CHANGELOG.md"} <= set(files)
    assert any(name.startswith("generated/testruns_clients/loadforge/") for name in files)
    changelog = (repo / "CHANGELOG.md").read_text()
    assert "### LoadForge API 2\\.0\\.0 → 2\\.1\\.0" in changelog or "### LoadForge API 2.0.0 → 2.1.0" in changelog
    assert "Proposed bump for `testruns_clients.loadforge`: **major**." in changelog
    assert changelog.index("**error** response-property-became-optional") < changelog.index("### Added: follow a run")
    body = (repo / ".update" / "pr-body.md").read_text()
    assert f"| loadforge | **{summary}** | major |" in body
    assert "| error | response-property-became-optional | POST /run, response 400 application/json" in body
    report = json.loads((repo / ".update" / "report.json").read_text())
    assert report["breaking"] is True and [v["name"] for v in report["vendors"]] == ["loadforge"]
    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "unchanged: loadforge" in again.stdout
    assert git(repo, "log", "-1", "--format=%s").strip() == subject  # nothing new: no second commit
