"""``testruns contract``: a registered vendor's client, refereed by Prism against the vendor's own spec.

For any vendor testruns knows (its own, or one a ``testruns.vendors`` entry point registers), from the spec
its package carries (``<package>/openapi.json``), for each operation the manifest maps:

- the manifest's example call reaches Prism with no request violation, and the 2xx answer reads as a run;
- for every status the spec documents, Prism answers with it (``Prefer: code=...``) and the client reads it
  as its result (2xx) or as an ``APIStatusError`` carrying that status, never as anything else.

Prism is an independent referee: it validates each request against the spec, and its answers are the spec's
examples and schemas. It runs on Node.js; it is found as ``--prism``, ``$TESTRUNS_PRISM``,
``./node_modules/.bin/prism`` or ``prism`` on the PATH, and its absence is an error that says how to install
it. (In this repository's own tests, hypothesis-drawn parameters are refereed too: ``tests/contract/``.)
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qsl, quote

import httpx

from ._errors import APIStatusError, ConfigurationError, TestRunsError
from .runs.adapter import present
from .runs.client import Client
from .vendors.openapi import is_json, pointer_steps, resolve, spec_operations
from .vendors.registry import AnyVendorId, vendor_entry, vendor_summary

if TYPE_CHECKING:
    from .http.retry import Operation

__all__ = ["PRISM_INSTALL", "Check", "FragmentRoutes", "about_the_run_asked", "find_prism", "for_prism", "run_checks"]

PRISM_INSTALL = (
    "testruns contract needs Prism, which runs on Node.js 20.19+: `npm install @stoplight/prism-cli@5.16.0` "
    "(then it is ./node_modules/.bin/prism), or give its path with --prism or TESTRUNS_PRISM"
)
STARTUP_SECONDS = 60.0


@dataclass(frozen=True)
class Check:
    """One refereed call: what it was, and what was wrong (``None``: it passed)."""

    vendor: str
    name: str
    problem: str | None = None


def find_prism(given: str | None = None) -> str:
    """Prism's command: ``given``, ``$TESTRUNS_PRISM``, ``./node_modules/.bin/prism`` or ``prism`` on the PATH."""
    candidates = [given] if given else [os.environ.get("TESTRUNS_PRISM"), "node_modules/.bin/prism", "prism"]
    for candidate in candidates:
        if candidate and (found := shutil.which(candidate)):
            if shutil.which("node") is None and not given:
                raise ConfigurationError(f"Prism is at {found} but Node.js is not on the PATH: {PRISM_INSTALL}")
            return found
    where = f"{given} is not an executable; " if given else "Prism was not found; "
    raise ConfigurationError(where + PRISM_INSTALL)


def for_prism(spec: Mapping[str, Any]) -> dict[str, Any]:
    """``spec`` as Prism is given it: each answer offered as the client reads it, in a media type Prism can write.

    Prism 5.16 writes a mocked body as JSON (``application/json``, ``application/*+json``) or XML
    (``application/*xml``); any other media type only where the mock is a string (prism-http-server's
    ``serialize.js``): a ``text/xml`` object is a 500 "Cannot serialise complex objects as text", and
    ``application/javascript`` or ``*/*`` a 500 "Cannot find serializer". Each change keeps what the facade reads:

    - ``*/*`` alone is offered as ``application/json``: JSON is one of the answers it allows, the one the sandbox
      sends and the client reads.
    - An answer offering JSON beside other types is offered as its JSON alone (spelt ``application/json`` where
      Prism would write it as text, ``text/json``): the client reads only its JSON (the generator's
      ``content_types``), and Prism, asked for ``*/*``, answers the first type listed. Which type a vendor
      picks for ``*/*`` is not checked here.
    - Any other type Prism cannot write an object as (``text/xml``, ``application/pdf``) keeps its type with a
      string schema: the client reads it as text or bytes whatever its schema says, and reads no run id from it.

    Requests are judged as the spec says, but for one thing: Prism reads a JSON body of ``false``, ``0``, ``""``
    or ``null`` as no body at all (its validator's ``!body``: "Body parameter is required"), so a required body
    whose schema allows one (Semantria's, of any value) is offered as optional. Prism still judges every body
    sent against its schema; that the facade never leaves it out is the invalid-parameter test's ``missing``.
    """
    copied: dict[str, Any] = json.loads(json.dumps(spec))
    for operation in spec_operations(copied):
        body = operation.request_body  # the body in ``copied`` itself, its $ref followed
        if isinstance(body, dict) and body.get("required") is True and _may_be_false(copied, body):
            body["required"] = False
    answers = [
        answer
        for item in (copied.get("paths") or {}).values()
        for operation in (item.values() if isinstance(item, dict) else ())
        if isinstance(operation, dict)
        for answer in (operation.get("responses") or {}).values()
    ]
    answers += list(((copied.get("components") or {}).get("responses") or {}).values())
    for answer in answers:
        content = answer.get("content") if isinstance(answer, dict) else None
        if isinstance(content, dict) and content:
            answer["content"] = _as_prism_writes(content)
    return copied


def _may_be_false(spec: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """Whether a request body's schema allows a value JavaScript reads as false: all but an object or an array."""
    for value in (body.get("content") or {}).values():
        schema = resolve(spec, value.get("schema")) if isinstance(value, Mapping) else None
        kinds = schema.get("type") if isinstance(schema, Mapping) else None
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not set(kinds) <= {"object", "array"} or (isinstance(schema, Mapping) and schema.get("nullable") is True):
            return True
    return False


def _plain(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _prism_writes_json(media_type: str) -> bool:
    plain = _plain(media_type)
    return plain == "application/json" or (plain.startswith("application/") and plain.endswith("+json"))


def _prism_writes_objects(media_type: str) -> bool:
    plain = _plain(media_type)
    return _prism_writes_json(media_type) or (plain.startswith("application/") and plain.endswith("xml"))


def _as_prism_writes(content: dict[str, Any]) -> dict[str, Any]:
    """One answer's ``content`` as ``for_prism`` offers it (see there)."""
    if list(content) == ["*/*"]:
        return {"application/json": content["*/*"]}
    offered = [media for media in content if is_json(media)]
    if offered:
        written = [media for media in offered if _prism_writes_json(media)]
        return {media: content[media] for media in written} or {"application/json": content[offered[0]]}
    return {
        media: value if _prism_writes_objects(media) else {"schema": {"type": "string"}}
        for media, value in content.items()
    }


class FragmentRoutes:
    """The paths of a spec that name their operation after a ``#`` (AWS's ``/#X-Amz-Target=Service.Action``),
    which Prism cannot route: it matches a request by its path alone, and a URL's fragment is never sent.

    ``to_prism`` sends a request for such a path, carrying each ``name=value`` of the fragment as a header (or
    query) value, to the path with the fragment written in, percent-encoded: Prism decodes it into the
    template's own text and judges the request against that operation, its header parameter included. A request
    that carries no such values keeps its path, and Prism says the route is not found.
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._routes: list[tuple[re.Pattern[str], str, list[tuple[str, str]]]] = []
        for template in spec.get("paths") or {}:
            base, hash_sign, fragment = str(template).partition("#")
            if hash_sign:
                pattern = re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(base)))
                self._routes.append((pattern, fragment, parse_qsl(fragment, keep_blank_values=True)))

    def to_prism(self, request: httpx.Request) -> None:
        """Point ``request`` at the fragment's path where it selects one (see the class)."""
        for base, fragment, pairs in self._routes:
            carried = all(request.headers.get(name, request.url.params.get(name)) == want for name, want in pairs)
            if carried and base.fullmatch(request.url.path):
                path = quote(f"{request.url.path}#{fragment}", safe="/")
                request.url = request.url.copy_with(path=path)
                return


def about_the_run_asked(response: httpx.Response, asked: str, pointer: str) -> httpx.Response:
    """Prism's read ``response`` to a status read, naming the run asked about (``asked``) at ``pointer``.

    Prism answers every status read with its example run, whichever is asked, and the client refuses an
    answer about another run (its state never decides this one). A vendor answers about the run asked, so
    that id is written at the pointer, in the JSON type Prism's value has there; any other answer is returned
    as it is.
    """
    try:
        document = response.json() if 200 <= response.status_code < 300 else None
    except ValueError:
        return response
    *steps, last = pointer_steps(pointer)
    node = document
    for step in steps:
        node = node.get(step) if isinstance(node, dict) else None
    if not isinstance(node, dict) or last not in node:
        return response
    number = isinstance(node[last], int) and not isinstance(node[last], bool) and asked.lstrip("-").isdigit()
    node[last] = int(asked) if number else asked
    kept = [(name, value) for name, value in response.headers.items() if name.lower() != "content-length"]
    return httpx.Response(response.status_code, headers=kept, content=json.dumps(document).encode())


class _Recorder(httpx.BaseTransport):
    """httpx's own transport, keeping each answer (Prism's verdict is in its ``sl-violations`` header); where
    ``about`` names a run asked about and its pointer, the answer names that run (``about_the_run_asked``)."""

    def __init__(self, routes: FragmentRoutes) -> None:
        self._inner = httpx.HTTPTransport()
        self._routes = routes
        self.prefer: str | None = None
        self.about: tuple[str, str] | None = None
        self.answers: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        self._routes.to_prism(request)
        response = self._inner.handle_request(request)
        response.read()
        self.answers.append(response)
        return response if self.about is None else about_the_run_asked(response, *self.about)

    def close(self) -> None:
        self._inner.close()


def _violations(response: httpx.Response) -> list[str]:
    """Prism's findings about the request (those about its own answer concern the spec, not the client)."""
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [
        f"{'.'.join(map(str, item.get('path', [])))}: {item.get('message')}"
        for item in found
        if item.get("location", [""])[0] == "request"
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _prism(prism: str, spec: Path, log: Path) -> Iterator[str]:
    """A Prism mock of ``spec`` until the block ends (its whole process group is stopped then); its URL."""
    port = _free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [prism, "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops node's children too
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                raise ConfigurationError(f"Prism exited with {process.returncode} at start: {log.read_text()[-2000:]}")
            try:
                httpx.get(url, timeout=0.5)  # any answer, even a 404, means it is serving
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise ConfigurationError(f"Prism did not answer within {STARTUP_SECONDS:g} s") from None
                time.sleep(0.1)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def _call(client: Client, vendor: str, operation: str, params: Mapping[str, Any]) -> object:
    adapter = client.adapter(vendor)
    if operation == "status":
        return adapter.status_of(present(params), retries=False)
    return adapter.run(cast("Operation", operation), params)  # the manifest's operations are the facade's


def _checks(client: Client, recorder: _Recorder, vendor: str, spec: Mapping[str, Any]) -> Iterator[Check]:
    entry = vendor_entry(vendor)
    by_id = {operation.operation_id: operation for operation in spec_operations(spec)}
    for name, mapped in entry["operations"].items():
        example = dict(mapped.get("example") or {})
        run_at, asked = mapped.get("run_id"), example.get("run_id")
        recorder.about = (str(asked), run_at) if name == "status" and isinstance(run_at, str) and asked else None
        statuses = [
            int(code) for code in by_id[mapped["operation_id"]].operation.get("responses", {}) if code.isdigit()
        ]
        for status in [None, *statuses]:
            label = f"{name} (example)" if status is None else f"{name} answered {status}"
            recorder.prefer = None if status is None else f"code={status}"
            before = len(recorder.answers)
            problem: str | None = None
            try:
                _call(client, vendor, name, example)
                if status is not None and status >= 300:
                    problem = f"HTTP {status} was read as a success"
            except APIStatusError as error:
                if error.status != status:
                    expected = "a success" if status is None else f"HTTP {status}"
                    problem = f"read as {type(error).__name__} (HTTP {error.status}), expected {expected}"
            except TestRunsError as error:
                problem = f"{type(error).__name__}: {error}"
            answers = recorder.answers[before:]
            if not answers:
                problem = problem or "nothing was sent"
            elif violations := _violations(answers[0]):
                problem = "Prism found the request breaks the spec: " + "; ".join(violations)
            yield Check(vendor, label, problem)


def run_checks(vendors: Sequence[str], prism: str) -> Iterator[Check]:
    """Every check of every vendor in ``vendors``, one Prism mock per vendor, each stopped after its checks."""
    with tempfile.TemporaryDirectory(prefix="testruns-contract-") as folder:
        for vendor in vendors:
            summary = vendor_summary(vendor)
            text = resources.files(summary.package).joinpath("openapi.json").read_text("utf-8")
            spec_file = Path(folder, f"{vendor}.json")
            spec_file.write_text(json.dumps(for_prism(json.loads(text))), encoding="utf-8")
            spec = json.loads(text)
            with _prism(prism, spec_file, Path(folder, f"{vendor}.log")) as url:
                recorder = _Recorder(FragmentRoutes(spec))
                keys = {variable: f"contract-key-{vendor}" for variable in summary.variables}
                client = Client(api_keys={vendor: keys}, base_urls={vendor: url}, transport=recorder, max_retries=0)
                with client:
                    yield from _checks(client, recorder, AnyVendorId(vendor), spec)
