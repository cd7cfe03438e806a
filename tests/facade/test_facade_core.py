"""The facade's one request path, on the LoadForge adapter: requests, validation, errors, retries, secrets."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import testruns
from testruns.http.connection import URLS_KEPT, Connection
from testruns.vendors import AnyVendorId

from .scripted import FAST, Handler, replies

SECRET = "lf-secret-value-123"


def client(handler: Handler, **kwargs: object) -> testruns.Client:
    return testruns.Client(
        api_keys={"loadforge": SECRET},
        retry=FAST,
        transport=httpx.MockTransport(handler),
        **kwargs,  # type: ignore[arg-type]
    )


OK = httpx.Response(200, json={"run_id": 314})


def test_trigger_sends_the_documented_request_and_returns_a_run() -> None:
    handler, seen = replies(OK)
    run = client(handler).trigger("loadforge", test_id=42, duration=10)
    assert (run.vendor, run.run_id, run.status, run.raw.run_id) == ("loadforge", "314", None, 314)
    (request,) = seen
    assert (request.method, str(request.url)) == ("POST", "https://app.loadforge.com/api/v2/run")
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert json.loads(request.content) == {"test_id": 42, "duration": 10}


def test_typed_vendor_attribute_has_the_same_effect() -> None:
    handler, seen = replies(OK)
    assert client(handler).loadforge.trigger(test_id=42, duration=10).run_id == "314"
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"test_id": 42, "duration": 1}, "duration: Input should be greater than or equal to 2 (got 1)"),
        ({"test_id": 42, "duration": 721}, "duration: Input should be less than or equal to 720 (got 721)"),
        ({"duration": 10}, "test_id: Field required"),
        ({"test_id": "x", "duration": 10}, "test_id: Input should be a valid integer"),
        ({"test_id": 1, "duration": 10, "minutes": 3}, "unknown parameter 'minutes'"),
    ],
)
def test_invalid_input_names_the_field_and_sends_nothing(params: dict[str, Any], fragment: str) -> None:
    handler, seen = replies()
    with pytest.raises(testruns.InvalidInputError) as caught:
        client(handler).trigger("loadforge", **params)
    assert fragment in str(caught.value)
    assert seen == []


def test_two_429s_then_success_is_three_requests_and_one_run() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "0"}, json={"error": 429, "message": "slow down"})
    handler, seen = replies(limited, limited, OK)
    assert client(handler).trigger("loadforge", test_id=1, duration=2).run_id == "314"
    assert len(seen) == 3


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_trigger_is_never_retried_after_a_status_that_may_have_started_a_run(status: int) -> None:
    handler, seen = replies(httpx.Response(status, json={"error": status, "message": "boom"}))
    with pytest.raises(testruns.VendorError) as caught:
        client(handler).trigger("loadforge", test_id=1, duration=2)
    assert len(seen) == 1
    assert caught.value.status == status and "boom" in caught.value.message


def test_a_trigger_is_retried_when_the_connection_was_never_made() -> None:
    handler, seen = replies(httpx.ConnectError("refused"), OK)
    assert client(handler).trigger("loadforge", test_id=1, duration=2).run_id == "314"
    assert len(seen) == 2


def test_a_trigger_is_not_retried_after_a_read_timeout() -> None:
    handler, seen = replies(httpx.ReadTimeout("slow"), OK)
    with pytest.raises(testruns.RequestTimeoutError):
        client(handler).trigger("loadforge", test_id=1, duration=2)
    assert len(seen) == 1


def test_rate_limit_after_the_retries_carries_retry_after() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "0"}, json={"error": 429, "message": "quota"})
    handler, seen = replies(limited, limited, limited)
    with pytest.raises(testruns.RateLimitError) as caught:
        client(handler).trigger("loadforge", test_id=1, duration=2)
    assert len(seen) == 3 and caught.value.retry_after == 0.0 and caught.value.exit_code == 5


def test_no_retries_when_configured_to_none() -> None:
    handler, seen = replies(httpx.Response(503), OK)
    with pytest.raises(testruns.RateLimitError):
        client(handler, max_retries=0).trigger("loadforge", test_id=1, duration=2)
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, testruns.VendorError),
        (401, testruns.AuthenticationError),
        (403, testruns.PermissionDeniedError),
        (404, testruns.NotFoundError),
    ],
)
def test_statuses_map_to_typed_errors_with_the_vendor_message(status: int, error: type[Exception]) -> None:
    handler, _ = replies(httpx.Response(status, json={"error": status, "message": "vendor says no"}))
    with pytest.raises(error) as caught:
        client(handler).trigger("loadforge", test_id=1, duration=2)
    assert "vendor says no" in str(caught.value)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>oops</html>"),
        httpx.Response(200, json={"unexpected": True}),
        httpx.Response(302),
    ],
)
def test_a_response_off_the_spec_is_unexpected(response: httpx.Response) -> None:
    handler, _ = replies(response)
    with pytest.raises(testruns.UnexpectedResponseError):
        client(handler).trigger("loadforge", test_id=1, duration=2)


def test_missing_credentials_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOADFORGE_API_KEY", raising=False)
    with pytest.raises(testruns.MissingCredentialsError) as caught:
        testruns.Client().trigger("loadforge", test_id=1, duration=2)
    assert caught.value.variable == "LOADFORGE_API_KEY" and "LOADFORGE_API_KEY" in str(caught.value)


def test_base_url_from_the_environment_replaces_the_whole_server_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOADFORGE_BASE_URL", "http://127.0.0.1:8080/loadforge")
    handler, seen = replies(OK)
    client(handler).trigger("loadforge", test_id=1, duration=2)
    assert str(seen[0].url) == "http://127.0.0.1:8080/loadforge/run"


def test_unknown_vendor_and_missing_cancel_are_clear() -> None:
    handler, seen = replies()
    with pytest.raises(testruns.ConfigurationError, match="unknown vendor 'acme'"):
        client(handler).trigger(AnyVendorId("acme"))
    with pytest.raises(testruns.UnsupportedOperationError, match="no cancel operation"):
        client(handler).cancel("wallarm", run_id="1")
    assert seen == []


def test_the_secret_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="testruns")
    handler, _ = replies(httpx.Response(401, json={"error": 401, "message": f"bad key {SECRET}"}))
    c = client(handler)
    with pytest.raises(testruns.AuthenticationError) as caught:
        c.trigger("loadforge", test_id=1, duration=2)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in repr(c) and SECRET not in repr(c.adapter("loadforge"))
    assert caplog.records and all(SECRET not in record.getMessage() for record in caplog.records)
    assert any("Bearer ***" in record.getMessage() for record in caplog.records)
    assert any("-> 401" in record.getMessage() for record in caplog.records)  # the response is logged too


@pytest.mark.parametrize("act", [pickle.dumps, copy.copy, copy.deepcopy], ids=["pickle", "copy", "deepcopy"])
def test_nothing_that_holds_a_key_is_pickled_or_copied(act: Callable[[object], object]) -> None:
    """Pickled bytes would carry the key into a file, a cache or another process."""
    sync, asynchronous = client(replies()[0]), testruns.AsyncClient(api_keys={"loadforge": SECRET})
    prepared = sync.loadforge.prepare("trigger", {"test_id": 1, "duration": 2})  # a password field's value, if any
    for holder in (sync, sync.loadforge, asynchronous, asynchronous.loadforge, prepared):
        with pytest.raises(TypeError, match=r"holds secrets .*, so it is never pickled or copied") as caught:
            act(holder)
        assert SECRET not in str(caught.value)


def raised(make: Callable[[], object]) -> testruns.TestRunsError:
    with pytest.raises(testruns.TestRunsError) as caught:
        make()
    return caught.value


def test_every_error_survives_pickling_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error raised in a worker process reaches the parent through pickle (concurrent.futures)."""
    monkeypatch.delenv("LOADFORGE_API_KEY", raising=False)

    def answering(*answers: httpx.Response | Exception) -> testruns.Client:
        return client(replies(*answers)[0])

    errors = [
        raised(lambda: answering().trigger("loadforge", test_id="x", duration=2)),
        raised(lambda: testruns.Client().trigger("loadforge", test_id=1, duration=2)),
        raised(
            lambda: answering(httpx.Response(401, json={"message": "no"})).trigger("loadforge", test_id=1, duration=2)
        ),
        raised(
            lambda: answering(*[httpx.Response(429, headers={"Retry-After": "0"})] * 3).status("loadforge", run_id="1")
        ),
        raised(
            lambda: answering(httpx.Response(200, json={"run_id": "x"})).trigger("loadforge", test_id=1, duration=2)
        ),
        raised(lambda: answering(*[httpx.ConnectError("refused")] * 3).trigger("loadforge", test_id=1, duration=2)),
        raised(
            lambda: answering(*[httpx.Response(200, json={"id": 1, "run_status": 2})] * 50).wait(
                testruns.TriggeredRun("loadforge", "1", None, None), timeout=0.1, poll=0.05
            )
        ),
    ]
    kinds = [type(error).__name__ for error in errors]
    assert kinds == [
        "InvalidInputError",
        "MissingCredentialsError",
        "AuthenticationError",
        "RateLimitError",
        "UnexpectedResponseError",
        "NetworkError",
        "WaitTimeoutError",
    ]
    for error in errors:
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert back.to_dict() == error.to_dict() and back.exit_code == error.exit_code
        assert vars(back).keys() == vars(error).keys()


def test_async_client_under_100_concurrent_triggers() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        await asyncio.sleep(0.001)
        return httpx.Response(200, json={"run_id": json.loads(request.content)["test_id"]})

    async def main() -> list[str]:
        async with testruns.AsyncClient(
            api_keys={"loadforge": SECRET}, async_transport=httpx.MockTransport(handler)
        ) as c:
            runs = await asyncio.gather(*(c.trigger("loadforge", test_id=i, duration=2) for i in range(100)))
        return [run.run_id for run in runs]

    assert asyncio.run(main()) == [str(i) for i in range(100)]
    assert len(seen) == 100


def test_each_status_read_goes_to_its_own_runs_path_past_the_urls_a_client_keeps() -> None:
    """A client keeps httpx's parsed URL for the URLs it comes back to; a kept one is never another run's."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"id": int(request.url.path.rsplit("/", 1)[1]), "run_status": 2})

    c = client(handler)
    asked = [*range(1, URLS_KEPT + 10), 1, 2, URLS_KEPT + 5, 3]
    assert [c.status("loadforge", run_id=str(i)).run_id for i in asked] == [str(i) for i in asked]
    assert seen == [f"/api/v2/result/{i}" for i in asked]


def test_two_threads_first_use_get_one_adapter_and_close_closes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread that starts first and finishes last gets the adapter stored, not one close() never sees."""
    made: list[object] = []

    class SlowFirst(Connection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)
            if len(made) == 1:
                time.sleep(0.3)

    monkeypatch.setattr("testruns.runs.client.Connection", SlowFirst)
    handler, seen = replies()
    c = client(handler)
    got: list[Any] = []
    first = threading.Thread(target=lambda: got.append(c.loadforge))
    first.start()
    while not made:
        time.sleep(0.001)
    second = threading.Thread(target=lambda: got.append(c.loadforge))
    second.start()
    first.join()
    second.join()
    assert len(made) == 2 and len(got) == 2
    assert got[0] is got[1]
    c.close()
    with pytest.raises(testruns.ClientClosedError):
        got[0].trigger(test_id=1, duration=2)
    assert seen == []


def test_a_first_use_that_close_overtakes_is_refused_and_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    made = threading.Event()

    class Slow(Connection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.set()
            time.sleep(0.3)  # close() runs meanwhile

    monkeypatch.setattr("testruns.runs.client.Connection", Slow)
    handler, seen = replies(OK)
    c = client(handler)
    outcome: list[object] = []

    def first_use() -> None:
        try:
            outcome.append(c.trigger("loadforge", test_id=1, duration=2))
        except testruns.ClientClosedError as error:
            outcome.append(error)

    user = threading.Thread(target=first_use)
    user.start()
    made.wait(5)
    c.close()
    user.join()
    assert len(outcome) == 1 and isinstance(outcome[0], testruns.ClientClosedError)
    assert seen == []


def test_import_testruns_loads_no_vendor_client() -> None:
    code = "import sys, testruns; print(sorted(m for m in sys.modules if m.endswith('_client') or m == 'httpx'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_body_that_is_an_array_of_models_reaches_the_client_as_its_models() -> None:
    # The generated request_kwargs calls to_dict on each item, so each must be the client's model.
    from dataclasses import dataclass  # noqa: PLC0415

    from testruns.runs.adapter import Endpoint  # noqa: PLC0415

    @dataclass
    class Item:
        name: str

        @classmethod
        def from_dict(cls, value: dict[str, Any]) -> Item:
            return cls(**value)

    items = Endpoint(api="unused", body_class=Item, body_items=True)._body([{"name": "a"}, {"name": "b"}])
    assert items == [Item("a"), Item("b")]
    assert Endpoint(api="unused", body_class=Item)._body({"name": "c"}) == Item("c")
    assert Endpoint(api="unused")._body([1, 2]) == [1, 2]


def test_an_untyped_body_is_the_root_value_the_caller_gives() -> None:
    # A body schema of `{}` is modelled as a root model, whose one field the caller gives as `root`: the body
    # sent is that value, not an object holding it.
    from pydantic import RootModel  # noqa: PLC0415 - as the facade loads it, with the models

    from testruns.runs.validation import validated  # noqa: PLC0415

    class Body(RootModel[Any]):
        root: Any

    assert validated(Body, {"root": {"text": ["a", 1]}}, vendor="v").model_dump(mode="json") == {"text": ["a", 1]}


def test_a_password_field_is_sent_as_given_and_never_shown() -> None:
    # datamodel-code-generator types `format: password` as SecretStr, which pydantic masks in every dump: the
    # vendor must get the value, and every error, dry run and log must not.
    from typing import Annotated  # noqa: PLC0415

    from pydantic import BaseModel, Field, SecretStr  # noqa: PLC0415 - as the facade loads it, with the models

    from testruns._errors import InvalidInputError  # noqa: PLC0415
    from testruns.http.target import Target  # noqa: PLC0415
    from testruns.runs.validation import holds_secrets, revealed, validated  # noqa: PLC0415
    from testruns.vendors.registry import vendor_summary  # noqa: PLC0415

    class Login(BaseModel):
        password: Annotated[SecretStr, Field(min_length=8)]

    class Body(BaseModel):
        user: str
        logins: list[Login] | None = None

    class Plain(BaseModel):
        user: str

    assert (holds_secrets(Body), holds_secrets(Plain)) == (True, False)
    checked = validated(Body, {"user": "ann", "logins": [{"password": "hunter2hunter2"}]}, vendor="v")
    assert "hunter2" not in repr(checked)
    found: list[str] = []
    assert revealed(checked.model_dump(exclude_unset=True), found) == {
        "user": "ann",
        "logins": [{"password": "hunter2hunter2"}],
    }
    assert found == ["hunter2hunter2"]
    # An error names the field and the rule; the text given is not shown where the model holds a secret.
    with pytest.raises(InvalidInputError, match=r"logins\.0\.password") as short:
        validated(Body, {"user": "ann", "logins": [{"password": "hunt3r"}]}, vendor="v")
    assert "hunt3r" not in str(short.value)
    with pytest.raises(InvalidInputError, match="got 7"):
        validated(Plain, {"user": 7}, vendor="v")
    # A prepared call holds it to send it, and never shows it.
    from testruns.runs.call import Call  # noqa: PLC0415

    call = Call("trigger", dict, dict, {"body": {"password": found[0]}}, secrets=tuple(found))
    assert "hunter2" not in repr(call) and "trigger" in repr(call)
    # Once a call carries it, the target masks it as it masks the key.
    target = Target(vendor_summary("loadforge"))
    target.mask(found)
    assert target.redactor.data({"echo": "hunter2hunter2"}) == {"echo": "***"}


def _root_body_endpoint(monkeypatch: pytest.MonkeyPatch, name: str, body: type, request_kwargs: Any) -> Any:
    """An ``Endpoint`` whose body is the root model ``body``, sent by ``request_kwargs`` (a generated call's)."""
    import types  # noqa: PLC0415

    from testruns.runs.adapter import Endpoint, InputField  # noqa: PLC0415

    models = types.ModuleType(f"{name}_models")
    models.Body = body  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, models.__name__, models)
    api = types.ModuleType(f"{name}_api")
    api.request_kwargs = request_kwargs  # type: ignore[attr-defined]
    api.parse_response = request_kwargs  # type: ignore[attr-defined]
    return Endpoint(api=api, models=models.__name__, body="Body", inputs=(InputField("root", form="json"),))


def test_an_optional_body_of_one_value_is_left_out_when_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # Xero's payroll update: a list body the spec does not require. Given nothing, the facade sent `{}` to be
    # judged as the list ("(input): Input should be a valid array"); the generated call leaves it out itself.
    from pydantic import RootModel  # noqa: PLC0415 - as the facade loads it, with the models

    class Body(RootModel[list[int]]):
        root: list[int]

    unset = object()

    def request_kwargs(*, body: Any = unset) -> dict[str, Any]:
        return {"method": "post", "url": "/payruns", **({} if body is unset else {"json": body})}

    endpoint = _root_body_endpoint(monkeypatch, "optional_body", Body, request_kwargs)
    assert endpoint.call("trigger", {}, "xero").kwargs == {}
    assert endpoint.call("trigger", {"root": [1, 2]}, "xero").kwargs == {"body": [1, 2]}


def test_a_required_body_of_any_json_not_given_is_missing_not_an_empty_object(monkeypatch: pytest.MonkeyPatch) -> None:
    # Semantria's collection: a required body of schema `{}`. Given nothing, the facade built `{}` (any JSON
    # validates) and sent it; a falsy value given is sent as it is.
    from pydantic import RootModel  # noqa: PLC0415 - as the facade loads it, with the models

    class Body(RootModel[Any]):
        root: Any

    def request_kwargs(*, body: Any) -> dict[str, Any]:
        return {"method": "post", "url": "/collection.json", "json": body}

    endpoint = _root_body_endpoint(monkeypatch, "required_any_body", Body, request_kwargs)
    with pytest.raises(testruns.InvalidInputError) as caught:
        endpoint.call("trigger", {}, "semantria")
    assert caught.value.field == "root" and str(caught.value) == "semantria: root: Field required"
    assert endpoint.call("trigger", {"root": False}, "semantria").kwargs == {"body": False}
