"""Hostile and odd input, as an attacker or an unlucky CI job would send it: vendor text that is markup or
terminal control, keys echoed back, credentials in URLs, bad keys and arguments, answers that never end or
never stop growing, lax types. Nothing leaks, nothing but a ``TestRunsError`` escapes, nothing grows unbounded,
and a run that was started is always named."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
import traceback
import tracemalloc
from typing import Any
from urllib.parse import quote

import httpx
import pytest

import testruns
from testruns.vendors import AnyVendorId

from .cases import BY_ID, PROJECT, SECRETS
from .loopback import Loopback, Reply
from .scripted import FAST, replies

LONG_KEY = "sk-live-" + "q7" * 20  # a realistic key, long enough to be masked wherever it appears


def client(handler: Any, key: str = LONG_KEY, **kwargs: Any) -> testruns.Client:
    return testruns.Client(
        api_keys={"loadforge": key, "testsigma": key, "wallarm": key},
        retry=FAST,
        transport=httpx.MockTransport(handler),
        **kwargs,
    )


LOADFORGE = ["trigger", "loadforge", "--test-id", "42", "--duration", "10"]

# -- 1. vendor text is data, never markup or terminal control --------------------------------------------------

HOSTILE_TEXT = ["[/]", "[/bold]", "[link=https://evil.example]click[/link]", "\x1b[2J", "\x1b]0;pwned\x07", "a\rb"]


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=repr)
def test_a_hostile_status_prints_literally_and_exits_0(text: str, server: Loopback, cli: Any) -> None:
    server.script(Reply(200, {"status": 200, "body": {"id": 1234, "name": "n", "state": text}}))
    outcome = cli("trigger", "wallarm", "--name", "n")
    assert outcome.code == 0, outcome.stderr
    assert "run 1234 triggered" in outcome.stdout
    shown = text.encode("unicode_escape").decode() if not text.isprintable() else text
    assert shown in outcome.stdout
    assert "\x1b" not in outcome.stdout + outcome.stderr and "\r" not in outcome.stdout
    as_json = cli("trigger", "wallarm", "--name", "n", "--json")
    assert as_json.json["status"] == text  # JSON carries it exactly, escaped by JSON itself
    assert "\x1b" not in as_json.stdout


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=repr)
def test_a_hostile_error_message_prints_literally(text: str, server: Loopback, cli: Any) -> None:
    server.script(Reply(400, {"error": 400, "message": f"bad {text} input"}))
    outcome = cli(*LOADFORGE)
    assert outcome.code == 6
    assert "\x1b" not in outcome.stderr and "Traceback" not in outcome.stderr
    assert "bad " in outcome.stderr and " input" in outcome.stderr


def test_an_off_spec_success_answer_still_names_the_run_it_started(server: Loopback, cli: Any) -> None:
    # Tester Army's status enum has only "queued": a new word breaks the spec, but the run exists.
    case = BY_ID["testerarmy-trigger"]
    server.script(Reply(202, {**case.reply, "status": "warming-up"}))
    outcome = cli("trigger", "testerarmy", *case.argv, "--json")
    error = outcome.error
    assert (outcome.code, error["error"], error["maybe_sent"]) == (8, "UnexpectedResponseError", True)
    assert error["run_id"] == case.run_id
    human = cli("trigger", "testerarmy", *case.argv)
    assert f"the vendor did start run {case.run_id}" in human.stderr


def test_a_wrongly_typed_field_is_an_unexpected_response_that_keeps_the_run_id() -> None:
    handler, _ = replies(httpx.Response(200, json={"run_id": "seventy"}))
    with pytest.raises(testruns.UnexpectedResponseError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    assert "run_id" in caught.value.message and caught.value.run_id == "seventy"
    handler, _ = replies(httpx.Response(200, json={"run_id": 70.0}))
    with pytest.raises(testruns.UnexpectedResponseError):
        client(handler).loadforge.trigger(test_id=42, duration=10)


# -- 2. the secret never reaches any output --------------------------------------------------------------------


def test_the_key_is_masked_before_an_excerpt_is_cut() -> None:
    echoed = "x" * 190 + LONG_KEY + " is not allowed"
    handler, _ = replies(httpx.Response(400, text=echoed))
    with pytest.raises(testruns.VendorError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    handler, _ = replies(httpx.Response(200, text=echoed))
    with pytest.raises(testruns.UnexpectedResponseError) as unexpected:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    for error in (caught.value, unexpected.value):
        shown = f"{error} {error!r} {getattr(error, 'excerpt', '')} {getattr(error, 'body', '')}"
        assert LONG_KEY[:10] not in shown


def test_a_key_echoed_in_a_json_error_body_is_masked_in_body_and_message() -> None:
    handler, _ = replies(httpx.Response(401, json={"error": 401, "message": f"key {LONG_KEY} revoked"}))
    with pytest.raises(testruns.AuthenticationError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    assert LONG_KEY not in json.dumps(caught.value.body) and LONG_KEY not in caught.value.message
    assert caught.value.body == {"error": 401, "message": "key *** revoked"}


def test_a_key_echoed_where_the_spec_wants_a_number_is_masked_in_the_message() -> None:
    # The spec check quotes the value it refuses, cut short: masked after the cut, the key's head would show.
    handler, _ = replies(httpx.Response(200, json={"run_id": LONG_KEY}))
    with pytest.raises(testruns.UnexpectedResponseError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    error = caught.value
    assert "(got '***')" in str(error)
    assert LONG_KEY[:10] not in f"{error} {error!r} {error.excerpt} {error.run_id}"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_key_echoed_in_a_utf_16_or_utf_32_answer_is_masked(encoding: str) -> None:
    # json.loads reads UTF-16 and UTF-32 JSON too, in which the key's UTF-8 bytes never appear: the run id read
    # from such an answer, the message and the excerpt still mask it.
    body = json.dumps({"run_id": LONG_KEY}).encode(encoding)
    handler, _ = replies(httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(testruns.UnexpectedResponseError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    error = caught.value
    assert error.run_id == "***"
    assert LONG_KEY[:10] not in f"{error} {error!r} {error.excerpt}".replace("\x00", "")


BASE64_KEY = "sk+live/" + "q7" * 12 + "=="  # a key of base64's letters, which URLs and JSON spell otherwise


SPELLED = {
    # (the key, the answer): each spells the key without its letters in a row, as a vendor may echo it.
    "a JSON \\u escape": (LONG_KEY, 400, ('{"detail": "bad key \\u0073' + LONG_KEY[1:] + '"}').encode(), {}),
    "JSON's escaped slash": (BASE64_KEY, 400, ('{"detail": "' + BASE64_KEY.replace("/", "\\/") + '"}').encode(), {}),
    "UTF-16": (LONG_KEY, 400, json.dumps({"detail": f"bad key {LONG_KEY}"}).encode("utf-16"), {}),
    "percent-encoded, in a redirect": (
        BASE64_KEY,
        302,
        ('{"to": "https://x.example/login?token=' + quote(BASE64_KEY, safe="") + '"}').encode(),
        {"Location": "https://x.example/login?token=" + quote(BASE64_KEY, safe="").lower()},
    ),
    "the reason phrase": (LONG_KEY, 500, b"", {}),
}


@pytest.mark.parametrize("case", list(SPELLED))
def test_a_key_the_vendor_spells_otherwise_is_masked_in_the_error_and_the_debug_log(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    key, status, content, headers = SPELLED[case]
    caplog.set_level("DEBUG", logger="testruns")
    reason = {"reason_phrase": f"bad key {key}".encode()} if case == "the reason phrase" else {}
    handler, _ = replies(httpx.Response(status, content=content, headers=headers, extensions=reason))
    with pytest.raises(testruns.TestRunsError) as caught:
        client(handler, key=key).loadforge.trigger(test_id=42, duration=10)
    error = caught.value
    shown = f"{error} {error!r} {vars(error)} " + " ".join(record.getMessage() for record in caplog.records)
    assert "q7q7q7q7" not in shown.replace("\x00", "").replace("\\x00", "")
    assert error.status == status and "***" in str(error)


def test_no_exception_chains_to_the_request_that_holds_the_key() -> None:
    handler, _ = replies(httpx.ConnectError("refused"), httpx.ConnectError("refused"), httpx.ConnectError("refused"))
    with pytest.raises(testruns.NetworkError) as caught:
        client(handler).loadforge.trigger(test_id=42, duration=10)
    assert caught.value.__context__ is None and caught.value.__cause__ is None


ECHOES = {
    "a 500 echoing it": httpx.Response(500, json={"message": f"token {LONG_KEY} expired"}),
    "a 401 echoing it": httpx.Response(401, json={"error": f"bad key {LONG_KEY}"}),
    "a 200 off the spec": httpx.Response(
        200, json={"run_id": LONG_KEY, "id": 5, "run_status": 2, "created_at": 7, "echo": LONG_KEY}
    ),
    "a 200 naming it as the run": httpx.Response(200, json={"id": LONG_KEY, "run_status": 2}),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["trigger", "status", "wait"])
@pytest.mark.parametrize("answer", list(ECHOES.values()), ids=list(ECHOES))
def test_an_error_reaches_the_caller_without_frames_whose_locals_hold_the_echoed_key(
    answer: httpx.Response, operation: str, mode: str
) -> None:
    """``pytest -l``, a JUnit report of it, or an error tracker shows each frame's locals: the facade's own
    frames held the answer as it came (its bytes, the parsed model, the document), the echoed key unmasked."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

    def call(c: Any) -> Any:
        if operation == "trigger":
            return c.trigger("loadforge", test_id=42, duration=10)
        if operation == "status":
            return c.status("loadforge", run_id="5")
        return c.wait(testruns.TriggeredRun("loadforge", "5", None, None), timeout=1, poll=0.05)

    retry = testruns.RetryPolicy(max_retries=0)
    with pytest.raises(testruns.TestRunsError) as caught:
        if mode == "sync":
            call(testruns.Client(api_keys={"loadforge": LONG_KEY}, retry=retry, transport=httpx.MockTransport(handler)))
        else:

            async def main() -> Any:
                transport = httpx.MockTransport(handler)
                async with testruns.AsyncClient(
                    api_keys={"loadforge": LONG_KEY}, retry=retry, async_transport=transport
                ) as c:
                    return await call(c)

            asyncio.run(main())
    shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "testruns" in shown  # the frames are there, and their locals with them
    assert LONG_KEY not in shown


REFUSED_SETTINGS = {
    "key": ("LOADFORGE_API_KEY", LONG_KEY + "\nX-Evil: 1"),  # a key that is not a header value
    "base URL": ("LOADFORGE_BASE_URL", f"https://user:{LONG_KEY}@127.0.0.1:9/x"),  # a password in the URL
}


@pytest.mark.parametrize("setting", list(REFUSED_SETTINGS))
@pytest.mark.parametrize("step", ["typed attribute", "trigger by id", "dry run"])
def test_a_setting_refused_reaches_the_caller_without_frames_that_hold_it(
    setting: str, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting a vendor up reads its key and base URL from the environment: the frames that read them are not
    the caller's, and their locals (the value itself) must not reach a report of locals either."""
    monkeypatch.setenv(*REFUSED_SETTINGS[setting])  # by name: this test's own locals must not hold the value
    c = testruns.Client(transport=httpx.MockTransport(replies()[0]))
    with pytest.raises(testruns.ConfigurationError) as caught:
        if step == "typed attribute":
            c.loadforge.trigger(test_id=1, duration=2)
        elif step == "trigger by id":
            c.trigger("loadforge", test_id=1, duration=2)
        else:
            c.adapter("loadforge").dry_run("trigger", {"test_id": 1, "duration": 2})
    shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "testruns" in shown
    assert LONG_KEY not in shown


MALFORMED_HEADS = {
    "no status line": b'{"run_id": 5}',
    "a header line without a colon": b"HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 2\r\n\r\n{}",
    "a chunk size that is not hex": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "two lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("wire", list(MALFORMED_HEADS.values()), ids=list(MALFORMED_HEADS))
def test_an_answer_that_is_not_http_is_a_network_error_that_holds_no_key(
    wire: bytes, mode: str, server: Loopback
) -> None:
    # aiohttp's ClientResponseError, which httpx-aiohttp lets through, carries the request's headers, the key too.
    server.script(Reply(wire=wire))
    options: dict[str, Any] = {"api_keys": {"loadforge": LONG_KEY}, "retry": FAST}
    with pytest.raises(testruns.NetworkError) as caught:
        if mode == "sync":
            with testruns.Client(**options) as sync:
                sync.loadforge.trigger(test_id=42, duration=10)
        else:

            async def trigger() -> None:
                async with testruns.AsyncClient(**options) as client_:
                    await client_.loadforge.trigger(test_id=42, duration=10)

            asyncio.run(trigger())
    error = caught.value
    assert error.maybe_sent is True and len(server.received) == 1  # a trigger the vendor may have read: once
    assert error.__cause__ is None and error.__context__ is None
    assert LONG_KEY not in repr(error) + str(error) + repr(vars(error))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_reason_phrase_that_is_not_utf_8_is_read_as_a_sync_call_reads_it(mode: str, server: Loopback) -> None:
    # httpx-aiohttp encodes the reason itself, and refused these bytes: the answer (a started run's id) was lost.
    body = b'{"run_id":5}'
    accepted = b"HTTP/1.1 200 Cr\xe9\xe9\xff\r\nContent-Length: 12\r\n\r\n" + body
    refused = b"HTTP/1.1 401 \xff\xfe " + LONG_KEY.encode() + b"\r\nContent-Length: 0\r\n\r\n"
    options: dict[str, Any] = {"api_keys": {"loadforge": LONG_KEY}, "retry": FAST}

    async def trigger_async() -> testruns.TriggeredRun:
        async with testruns.AsyncClient(**options) as made:
            return await made.loadforge.trigger(test_id=42, duration=10)

    def trigger() -> testruns.TriggeredRun:
        if mode == "async":
            return asyncio.run(trigger_async())
        with testruns.Client(**options) as made:
            return made.loadforge.trigger(test_id=42, duration=10)

    server.script(Reply(wire=accepted))
    assert trigger().run_id == "5"
    server.script(Reply(wire=refused))
    with pytest.raises(testruns.AuthenticationError) as caught:
        trigger()
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None
    assert LONG_KEY not in repr(error) + str(error) + repr(vars(error)) and "***" in str(error)


def test_json_raw_masks_a_key_the_vendor_echoes(server: Loopback, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESTSIGMA_API_KEY", LONG_KEY)
    reply = {"message": f"made by {LONG_KEY}", "data": {"test_run": {"id": PROJECT, "title": LONG_KEY}}}
    server.script(Reply(200, reply))
    outcome = cli("trigger", "testsigma", "--project-id", PROJECT, "--json")
    assert outcome.code == 0, outcome.stderr
    assert LONG_KEY not in outcome.stdout
    assert outcome.json["raw"]["data"]["test_run"]["title"] == "***"


def test_a_key_echoed_in_json_escapes_is_masked_in_raw() -> None:
    # JSON may spell each character as \\uXXXX: the key's bytes then never appear in the body, yet its document
    # holds the key, so the skip for answers that cannot hold it must not skip this one.
    spelt = "".join(f"\\u{ord(char):04x}" for char in LONG_KEY)
    body = json.dumps({"message": "made", "data": {"test_run": {"id": PROJECT, "title": LONG_KEY}}})
    body = body.replace(LONG_KEY, spelt)
    assert LONG_KEY.encode() not in body.encode() and LONG_KEY in json.loads(body)["data"]["test_run"]["title"]
    handler, _ = replies(httpx.Response(200, content=body.encode(), headers={"Content-Type": "application/json"}))
    run = client(handler).testsigma.trigger(project_id=PROJECT)
    assert run.raw == {"message": "made", "data": {"test_run": {"id": PROJECT, "title": "***"}}}


def test_a_short_key_does_not_corrupt_what_it_looks_like(
    server: Loopback, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPLX_API_KEY", "test")
    argv = [*BY_ID["splx-trigger"].argv]
    argv[argv.index("--name") + 1] = "smoke test"
    outcome = cli("trigger", "splx", *argv, "--dry-run", "--json")
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["url"].endswith("/api/workspaces/7/test-run/trigger")
    assert outcome.json["body"]["name"] == "smoke test"
    assert outcome.json["headers"]["x-api-key"] == "***"
    monkeypatch.setenv("LOADFORGE_API_KEY", "42")
    numeric = cli(*LOADFORGE, "--dry-run", "--json")
    assert numeric.code == 0, numeric.stderr
    assert numeric.json["body"] == {"test_id": 42, "duration": 10}
    assert numeric.json["headers"]["authorization"] == "Bearer ***"


def test_debug_logs_mask_every_credential_header(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="testruns")
    answer = httpx.Response(
        200, json={"run_id": 1}, headers={"Set-Cookie": "session=abc123", "X-Session-Token": "tok-99"}
    )
    handler, _ = replies(answer)
    client(handler).loadforge.trigger(test_id=42, duration=10)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "abc123" not in logged and "tok-99" not in logged and LONG_KEY not in logged
    assert "'set-cookie': '***'" in logged and "Bearer ***" in logged


def test_httpx_and_httpcore_log_no_key_a_vendor_echoes(server: Loopback, caplog: pytest.LogCaptureFixture) -> None:
    # An application that turns on DEBUG logging gets httpx's and httpcore's own records too: httpx's line
    # names the reason phrase, httpcore's trace every answer header.
    caplog.set_level("DEBUG")
    server.script(Reply(500, {"error": 500, "message": "no"}, headers={"X-Echo": f"key={LONG_KEY}"}))
    with testruns.Client(api_keys={"loadforge": LONG_KEY}, max_retries=0) as sync, pytest.raises(testruns.VendorError):
        sync.loadforge.trigger(test_id=42, duration=10)
    reason = {"reason_phrase": f"bad key {LONG_KEY}".encode()}
    handler, _ = replies(httpx.Response(500, content=b"", extensions=reason))
    with pytest.raises(testruns.VendorError):
        client(handler).loadforge.trigger(test_id=42, duration=10)
    names = {record.name for record in caplog.records}
    assert {"httpx", "httpcore.http11"} <= names  # both spoke, so both were masked
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "q7q7q7q7" not in logged and "x-echo" in logged.lower() and "bad key ***" in logged


# -- 3. credentials, queries and fragments in a base URL -------------------------------------------------------

BAD_URLS = {
    "credentials": ("http://user:hunter2@127.0.0.1:9/loadforge", "credentials"),
    "query": ("http://127.0.0.1:9/loadforge?debug=1", "query string"),
    "fragment": ("http://127.0.0.1:9/loadforge#x", "fragment"),
    "not a URL": ("http://exa mple.com", "not a valid URL"),
    "no scheme": ("127.0.0.1:9", "http://"),
}


@pytest.mark.parametrize("name", list(BAD_URLS))
def test_a_bad_base_url_is_a_configuration_error_that_hides_it(
    name: str, cli: Any, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, problem = BAD_URLS[name]
    for extra in (["--dry-run"], []):
        outcome = cli(*LOADFORGE, "--base-url", url, "--json", *extra)
        assert (outcome.code, outcome.error["error"]) == (3, "ConfigurationError")
        assert problem in outcome.error["message"] and "hunter2" not in outcome.stderr
    assert server.received == []
    monkeypatch.setenv("LOADFORGE_BASE_URL", url)
    with pytest.raises(testruns.ConfigurationError, match="LOADFORGE_BASE_URL") as caught:
        testruns.Client(api_keys=SECRETS).loadforge.trigger(test_id=1, duration=2)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize("url", ["https://\u2603.net", "https://xn--zz.com"])
def test_a_host_httpx_cannot_encode_is_the_base_url_s_fault_not_the_values(url: str) -> None:
    # The standard library's parser takes these hosts; httpx's IDNA encoding refuses them when it builds the
    # request, which had blamed the caller's values (or raised idna's own error).
    handler, seen = replies(httpx.Response(200, json={"run_id": 1}))
    with pytest.raises(testruns.ConfigurationError, match="the base URL is not one httpx can send to") as caught:
        client(handler, base_urls={"loadforge": url}).loadforge.trigger(test_id=1, duration=2)
    assert "LOADFORGE_BASE_URL" in str(caught.value) and seen == []


# -- 4. a bad key is a configuration error ---------------------------------------------------------------------


@pytest.mark.parametrize("key", ["abc\ndef-secret", "abc\r\nX-Evil: 1", "clé-secrète-123", "key\x07bell"], ids=repr)
def test_a_key_a_header_cannot_carry_is_exit_3_and_never_echoed(
    key: str, cli: Any, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOADFORGE_API_KEY", key)
    outcome = cli(*LOADFORGE, "--json")
    assert (outcome.code, outcome.error["error"]) == (3, "ConfigurationError")
    assert "LOADFORGE_API_KEY" in outcome.error["message"]
    assert key.split()[0][:3] + key[3:6] not in outcome.stderr
    assert server.received == []
    with pytest.raises(testruns.ConfigurationError, match=r"api_keys\['loadforge'\]"):
        testruns.Client(api_keys={"loadforge": key}).loadforge.trigger(test_id=1, duration=2)


# -- 5. nothing but TestRunsError escapes, and it is the right class --------------------------------------------


def deep(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


BAD_ARGUMENTS: dict[str, tuple[dict[str, Any], type[testruns.TestRunsError]]] = {
    "api key not a string": ({"api_keys": {"loadforge": 12345}}, testruns.ConfigurationError),
    "api_keys not a dict": ({"api_keys": "k"}, testruns.ConfigurationError),
    "unknown vendor in base_urls": ({"base_urls": {"acme": "http://x"}}, testruns.ConfigurationError),
    "timeout text": ({"timeout": "abc"}, testruns.ConfigurationError),
    "timeout negative": ({"timeout": -1}, testruns.ConfigurationError),
    "timeout nan": ({"timeout": float("nan")}, testruns.ConfigurationError),
    "httpx.Timeout with a nan": ({"timeout": httpx.Timeout(float("nan"))}, testruns.ConfigurationError),
    "httpx.Timeout with a negative read": ({"timeout": httpx.Timeout(5.0, read=-1.0)}, testruns.ConfigurationError),
    "timeout past a day": ({"timeout": 1e10}, testruns.ConfigurationError),
    "max_retries negative": ({"max_retries": -1}, testruns.ConfigurationError),
    "max_retries bool": ({"max_retries": True}, testruns.ConfigurationError),
    "max_response_bytes zero": ({"max_response_bytes": 0}, testruns.ConfigurationError),
    "unknown region": ({"regions": {"loadforge": "mars"}}, testruns.ConfigurationError),
}


@pytest.mark.parametrize("name", list(BAD_ARGUMENTS))
def test_a_bad_client_argument_is_a_typed_error_before_anything_is_sent(name: str) -> None:
    arguments, expected = BAD_ARGUMENTS[name]
    handler, seen = replies()
    with pytest.raises(expected):
        made = testruns.Client(**{"api_keys": SECRETS, **arguments}, transport=httpx.MockTransport(handler))
        made.loadforge.trigger(test_id=42, duration=10)
    assert seen == []


BAD_PARAMETERS: dict[str, tuple[str, dict[str, Any], str]] = {
    "bool for an integer": ("loadforge", {"test_id": True, "duration": 10}, "test_id"),
    "float for an integer": ("loadforge", {"test_id": 1.0, "duration": 10}, "test_id"),
    "padded text for an integer": ("loadforge", {"test_id": " 7 ", "duration": 10}, "test_id"),
    "underscored text": ("loadforge", {"test_id": "10_0", "duration": 10}, "test_id"),
    "lone surrogate": ("wallarm", {"name": "run \ud800"}, "name"),
    "deeply nested": ("testsigma", {"project_id": PROJECT, "static_selection_filters": deep(100_000)}, ""),
    "not JSON at all": ("wallarm", {"name": object()}, "name"),
    "a megabyte": ("loadforge", {"test_id": "9" * 1_000_000, "duration": 10}, "test_id"),
    "timeout per call": ("loadforge", {"test_id": 1, "duration": 10, "timeout": -1}, ""),
}


@pytest.mark.parametrize("name", list(BAD_PARAMETERS))
def test_a_bad_parameter_is_invalid_input_with_a_short_message(name: str) -> None:
    vendor, params, field = BAD_PARAMETERS[name]
    handler, seen = replies()
    with pytest.raises(testruns.InvalidInputError) as caught:
        client(handler).trigger(AnyVendorId(vendor), **params)
    assert field in str(caught.value)
    assert len(str(caught.value)) < 500
    assert caught.value.__context__ is None or isinstance(caught.value.__context__, testruns.TestRunsError)
    assert seen == []


def test_a_call_after_close_is_a_clear_error() -> None:
    handler, seen = replies(httpx.Response(200, json={"run_id": 1}))
    made = client(handler)
    made.loadforge.trigger(test_id=42, duration=10)
    made.close()
    with pytest.raises(testruns.ClientClosedError, match="closed"):
        made.loadforge.trigger(test_id=42, duration=10)
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        ([*LOADFORGE[:3], " 7 ", *LOADFORGE[4:]], 2),
        ([*LOADFORGE[:3], "10_0", *LOADFORGE[4:]], 2),
        ([*LOADFORGE[:5], "1e1"], 2),
        ([*LOADFORGE, "--timeout", "nan"], 2),
        ([*LOADFORGE, "--timeout", "1e309", "--dry-run"], 2),
        ([*LOADFORGE, "--wait", "--poll", "10ms"], 2),
        ([*LOADFORGE, "--timeout", "1e10"], 2),
        (["status", "loadforge", "--run-id", "9" * 5000], 2),
        (["trigger", "testsigma", "--project-id", PROJECT, "--static-selection-filters", "[" * 100_000], 2),
    ],
    ids=[
        "padded",
        "underscored",
        "exponent",
        "timeout-nan",
        "timeout-inf-dry-run",
        "poll-10ms-before-the-trigger",
        "timeout-past-a-day",
        "5000-digits",
        "deep-json",
    ],
)
def test_command_line_text_is_read_strictly(argv: list[str], code: int, cli: Any, server: Loopback) -> None:
    outcome = cli(*argv, "--json")
    assert outcome.code == code, outcome.stderr
    assert "Traceback" not in outcome.stderr and len(outcome.stderr) < 2000
    assert server.received == []


# -- 6. answers are bounded in time and size -------------------------------------------------------------------
# A trickled answer lasts 30 s: only the call's deadline ends it sooner. The bound below is far from both, so a
# loaded CI machine (an import or a client's start taking a second) does not fail a deadline that worked.
TRICKLE_CUT = 10.0


def test_a_trickled_answer_is_cut_at_the_deadline(server: Loopback) -> None:
    server.script(Reply(200, trickle=0.05))
    made = testruns.Client(api_keys=SECRETS, base_urls={"loadforge": f"{server.url}/loadforge"}, max_retries=0)
    started = time.monotonic()
    with pytest.raises(testruns.RequestTimeoutError):
        made.loadforge.trigger(test_id=42, duration=10, timeout=0.5)
    assert time.monotonic() - started < TRICKLE_CUT
    made.close()


def test_a_trickled_answer_is_cut_at_the_deadline_async(server: Loopback) -> None:
    server.script(Reply(200, trickle=0.05))

    async def trigger() -> None:
        async with testruns.AsyncClient(
            api_keys=SECRETS, base_urls={"loadforge": f"{server.url}/loadforge"}, max_retries=0
        ) as made:
            await made.loadforge.trigger(test_id=42, duration=10, timeout=0.5)

    started = time.monotonic()
    with pytest.raises(testruns.RequestTimeoutError):
        asyncio.run(trigger())
    assert time.monotonic() - started < TRICKLE_CUT


def test_an_answer_beyond_the_size_cap_is_refused_unread() -> None:
    huge = httpx.Response(200, content=b'{"run_id": 1, "pad": "' + b"x" * 3_000_000 + b'"}')
    handler, _ = replies(huge)
    with pytest.raises(testruns.ResponseTooLargeError, match="1048576 bytes"):
        client(handler).loadforge.trigger(test_id=42, duration=10)
    handler, _ = replies(httpx.Response(200, content=b'{"run_id": 1, "pad": "' + b"x" * 3_000_000 + b'"}'))
    assert client(handler, max_response_bytes=4_000_000).loadforge.trigger(test_id=42, duration=10).run_id == "1"


# -- 10. never silent ------------------------------------------------------------------------------------------


def test_each_retry_is_one_line_on_stderr(server: Loopback, cli: Any) -> None:
    limited = Reply(429, {"error": 429, "message": "slow down"}, headers={"Retry-After": "0"})
    server.script(limited, Reply(200, {"run_id": 314}))
    outcome = cli(*LOADFORGE)
    assert outcome.code == 0
    assert outcome.stderr.splitlines() == ["testruns: retrying in 0 s: 429 from LoadForge"]
    assert "run 314 triggered" in outcome.stdout


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_long_wait_is_said_once(
    mode: str, server: Loopback, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("testruns.http.connection.LONG_WAIT", 0.2)
    caplog.set_level("INFO", logger="testruns")
    server.script(Reply(200, {"run_id": 314}, delay=0.6))
    base = {"loadforge": f"{server.url}/loadforge"}
    if mode == "sync":
        with testruns.Client(api_keys=SECRETS, base_urls=base) as made:
            assert made.loadforge.trigger(test_id=42, duration=10).run_id == "314"
    else:

        async def trigger() -> str:
            async with testruns.AsyncClient(api_keys=SECRETS, base_urls=base) as made:
                return (await made.loadforge.trigger(test_id=42, duration=10)).run_id

        assert asyncio.run(trigger()) == "314"
    said = [r.getMessage() for r in caplog.records if "still waiting" in r.getMessage()]
    assert said == [
        "still waiting for the answer from LoadForge after 0.2 s "
        "(a trigger is never sent twice: it may have started a run)"
    ]


# -- 11. after the trigger: what a status answer says is held to the spec, masked, cut and never a false pass ----

PLANS_KEY = SECRETS["testsigma_plans"]
WAIT_PLANS = ["wait", "testsigma_plans", "--run-id", "337", "--poll", "100ms", "--timeout", "10s"]


def _ended(**fields: Any) -> dict[str, Any]:
    return {"id": 337, "status": "STATUS_COMPLETED", **fields}


def test_a_key_echoed_in_the_final_message_reaches_no_output_report_or_summary(
    server: Loopback, cli: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    server.script(Reply(200, _ended(result="FAILURE", message=f"token {PLANS_KEY} rejected")))
    junit = tmp_path / "j.xml"
    outcome = cli(*WAIT_PLANS, "--junit", str(junit))
    assert outcome.code == 9, outcome.stderr
    assert "token *** rejected" in outcome.stdout
    shown = cli(*WAIT_PLANS, "--json")
    assert shown.json["message"] == "token *** rejected" and shown.json["raw"]["message"] == "token *** rejected"
    status = cli("status", "testsigma_plans", "--run-id", "337")
    assert "token *** rejected" in status.stdout
    for text in (outcome.stdout, outcome.stderr, shown.stdout, shown.stderr, status.stdout, junit.read_text(),
                 summary.read_text()):  # fmt: skip
        assert PLANS_KEY not in text


def test_a_state_word_that_is_the_key_is_masked(server: Loopback, cli: Any) -> None:
    server.script(Reply(200, {"id": 337, "status": PLANS_KEY}))
    outcome = cli("status", "testsigma_plans", "--run-id", "337")
    assert outcome.code == 0 and PLANS_KEY not in outcome.stdout + outcome.stderr
    assert "***" in outcome.stdout
    with testruns.Client(max_retries=0) as made:
        read = made.status("testsigma_plans", "337")
    assert (read.state, read.vendor_state, read.done) == ("***", "***", False)


@pytest.mark.parametrize("verdict", ["PARTIAL_FAILURE", "ERROR", "FAILURE "])
def test_a_verdict_nobody_mapped_fails_the_gate_as_inconclusive(
    verdict: str, server: Loopback, cli: Any, tmp_path: Any
) -> None:
    server.script(Reply(200, _ended(result=verdict)))
    junit = tmp_path / "j.xml"
    outcome = cli(*WAIT_PLANS, "--junit", str(junit))
    assert outcome.code == 12, outcome.stdout + outcome.stderr
    assert "inconclusive" in outcome.stdout and repr(verdict) in outcome.stdout
    assert "<error" in junit.read_text()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"id": 337, "status": {"word": "STATUS_COMPLETED"}}, "status"),
        (_ended(result="SUCCESS", duration=1e999), "duration"),
        (_ended(result="SUCCESS", duration="seventy"), "duration"),
        (_ended(result=["SUCCESS"]), "result"),
    ],
    ids=["state-object", "infinite-integer", "text-integer", "verdict-list"],
)
def test_a_status_answer_that_breaks_the_spec_is_exit_8_naming_the_field(
    body: dict[str, Any], field: str, server: Loopback, cli: Any
) -> None:
    server.script(Reply(200, raw=json.dumps(body).replace("Infinity", "1e999").encode()))
    for argv in (["status", "testsigma_plans", "--run-id", "337"], WAIT_PLANS):
        outcome = cli(*argv)
        assert outcome.code == 8, (argv, outcome.stdout, outcome.stderr)
        assert field in outcome.stderr


def test_a_vendor_message_is_cut_after_masking_with_a_marker(server: Loopback, cli: Any, tmp_path: Any) -> None:
    message = f"token {PLANS_KEY} " + "y" * 900_000
    server.script(Reply(200, _ended(result="FAILURE", message=message)))
    junit = tmp_path / "j.xml"
    outcome = cli(*WAIT_PLANS, "--junit", str(junit))
    assert outcome.code == 9
    (last,) = outcome.stdout.splitlines()[-1:]
    assert len(last) < 2_200 and last.endswith("more characters cut]") and PLANS_KEY not in last
    assert len(junit.read_text()) < 6_000


@pytest.mark.parametrize("path", ["", ".", "missing-folder/j.xml"], ids=["empty", "a-directory", "no-such-folder"])
def test_a_junit_path_that_cannot_be_written_is_refused_before_anything_is_sent(
    path: str, server: Loopback, cli: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for argv in (WAIT_PLANS, ["trigger", "loadforge", "--test-id", "42", "--duration", "10", "--wait"]):
        outcome = cli(*argv, "--junit", path)
        assert outcome.code == 2, outcome.stderr
        assert "--junit" in outcome.stderr
    assert server.received == []


def test_a_trickled_status_line_and_headers_are_cut_at_the_deadline(server: Loopback, cli: Any) -> None:
    server.script(Reply(200, {"run_id": 1}, head_trickle=0.05))
    started = time.monotonic()
    outcome = cli("status", "loadforge", "--run-id", "1", "--timeout", "1", "--max-retries", "0")
    assert outcome.code == 7, outcome.stderr
    assert time.monotonic() - started < TRICKLE_CUT
    made = testruns.Client(api_keys=SECRETS, base_urls={"loadforge": f"{server.url}/loadforge"}, max_retries=0)
    started = time.monotonic()
    with pytest.raises(testruns.RequestTimeoutError):
        made.loadforge.trigger(test_id=42, duration=10, timeout=1)
    assert time.monotonic() - started < TRICKLE_CUT
    made.close()


def test_a_trickled_head_is_cut_at_the_deadline_async(server: Loopback) -> None:
    server.script(Reply(200, {"run_id": 1}, head_trickle=0.05))

    async def trigger() -> None:
        async with testruns.AsyncClient(
            api_keys=SECRETS, base_urls={"loadforge": f"{server.url}/loadforge"}, max_retries=0
        ) as made:
            await made.loadforge.trigger(test_id=42, duration=10, timeout=1)

    started = time.monotonic()
    with pytest.raises(testruns.RequestTimeoutError):
        asyncio.run(trigger())
    assert time.monotonic() - started < TRICKLE_CUT


def test_a_trigger_that_finds_no_free_connection_in_time_was_never_sent(
    server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One connection in the pool: the first trigger holds it past the second's deadline, spent waiting for it.
    monkeypatch.setattr("testruns.http.connection.MAX_CONNECTIONS", 1)
    server.script(Reply(200, {"run_id": 1}, delay=3.0))

    async def both() -> list[BaseException]:
        async with testruns.AsyncClient(
            api_keys=SECRETS, base_urls={"loadforge": f"{server.url}/loadforge"}, max_retries=0
        ) as made:
            calls = [made.loadforge.trigger(test_id=42, duration=10, timeout=t) for t in (2, 0.5)]
            return [r for r in await asyncio.gather(*calls, return_exceptions=True) if isinstance(r, BaseException)]

    failures = asyncio.run(both())
    assert all(isinstance(failure, testruns.RequestTimeoutError) for failure in failures), failures
    assert [failure.maybe_sent for failure in failures] == [True, False]  # type: ignore[attr-defined]
    assert len(server.received) == 1


def _gzip_bomb(size: int) -> bytes:
    return gzip.compress(b'{"run_id": 1, "pad": "' + b" " * size + b'"}', compresslevel=9)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_gzip_bomb_is_refused_without_holding_more_than_the_limit(mode: str, server: Loopback) -> None:
    bomb = _gzip_bomb(200 * 1024 * 1024)  # 200 MiB of answer in about 200 KB on the wire
    server.script(Reply(200, raw=bomb, headers={"Content-Encoding": "gzip"}))
    urls = {"loadforge": f"{server.url}/loadforge"}

    async def trigger_async() -> None:
        async with testruns.AsyncClient(api_keys=SECRETS, base_urls=urls, max_retries=0) as made:
            await made.loadforge.trigger(test_id=42, duration=10)

    def trigger() -> None:
        with testruns.Client(api_keys=SECRETS, base_urls=urls, max_retries=0) as made:
            made.loadforge.trigger(test_id=42, duration=10)

    tracemalloc.start()
    try:
        with pytest.raises(testruns.ResponseTooLargeError):
            asyncio.run(trigger_async()) if mode == "async" else trigger()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 24 * 1024 * 1024, peak  # what was measured before the bound: over 150 MB


def test_a_gzipped_answer_within_the_limit_reads_as_ever(server: Loopback) -> None:
    urls = {"loadforge": f"{server.url}/loadforge"}
    server.script(Reply(200, raw=gzip.compress(b'{"run_id": 77}'), headers={"Content-Encoding": "gzip"}))
    with testruns.Client(api_keys=SECRETS, base_urls=urls) as made:
        assert made.loadforge.trigger(test_id=42, duration=10).run_id == "77"
    server.script(Reply(200, raw=b"\x00garbage", headers={"Content-Encoding": "gzip"}))
    with (
        testruns.Client(api_keys=SECRETS, base_urls=urls, max_retries=0) as made,
        pytest.raises(testruns.UnexpectedResponseError, match="compressed"),
    ):
        made.loadforge.trigger(test_id=42, duration=10)
    server.script(Reply(200, raw=b'{"run_id": 77}', headers={"Content-Encoding": "br"}))
    with (
        testruns.Client(api_keys=SECRETS, base_urls=urls, max_retries=0) as made,
        pytest.raises(testruns.UnexpectedResponseError, match="'br', which was not asked for"),
    ):
        made.loadforge.trigger(test_id=42, duration=10)


def test_an_async_client_used_in_a_second_event_loop_says_so_before_sending(server: Loopback) -> None:
    # aiohttp's pool belongs to the loop that made it; a second asyncio.run found it closed (RuntimeError).
    server.script(Reply(200, {"run_id": 7}))
    made = testruns.AsyncClient(api_keys={"loadforge": LONG_KEY}, max_retries=0)

    async def trigger() -> str:
        return (await made.loadforge.trigger(test_id=42, duration=10)).run_id

    assert asyncio.run(trigger()) == "7"
    with pytest.raises(testruns.ConfigurationError, match="one AsyncClient per event loop"):
        asyncio.run(trigger())
    assert len(server.received) == 1
    asyncio.run(made.aclose())  # a caller's cleanup still runs (the sockets went with the first loop)
