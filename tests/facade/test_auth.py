"""Every auth scheme the manifest can say: bearer, one API key header, several at once, basic."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

import testruns
from testruns.sandbox import Sandbox
from testruns.vendors.manifest import Manifest, VendorAuth, load_manifest

from .scripted import FAST, replies

SCHEMES: dict[str, dict[str, Any]] = {
    "bearer": {"scheme": "bearer", "env": "LF_TOKEN"},
    "one key header": {"scheme": "api_key_header", "header": "X-Api-Key", "env": "LF_KEY"},
    "two key headers": {
        "scheme": "api_key_header",
        "headers": [
            {"header": "DD-API-KEY", "env": "LF_API_KEY"},
            {"header": "DD-APPLICATION-KEY", "env": "LF_APP_KEY"},
        ],
    },
    "basic": {"scheme": "basic", "env": "LF_USER", "password_env": "LF_PASSWORD"},
}
SECRETS = {
    "LF_TOKEN": "token-secret-1",
    "LF_KEY": "key-secret-22",
    "LF_API_KEY": "api-secret-333",
    "LF_APP_KEY": "app-secret-4444",
    "LF_USER": "user-secret-5",
    "LF_PASSWORD": "password-secret-6",
}
EXPECTED = {
    "bearer": {"authorization": "Bearer token-secret-1"},
    "one key header": {"x-api-key": "key-secret-22"},
    "two key headers": {"dd-api-key": "api-secret-333", "dd-application-key": "app-secret-4444"},
    "basic": {"authorization": "Basic " + base64.b64encode(b"user-secret-5:password-secret-6").decode()},
}


def manifest_with(auth: dict[str, Any]) -> Manifest:
    """The real manifest, with LoadForge's auth replaced (its spec and generated client are reused)."""
    manifest = load_manifest()
    vendors = tuple(
        v.model_copy(update={"auth": VendorAuth.model_validate(auth)}) if v.id == "loadforge" else v
        for v in manifest.vendors
    )
    return manifest.model_copy(update={"vendors": vendors})


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_each_scheme_sends_its_headers_and_masks_them(scheme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = manifest_with(SCHEMES[scheme])
    variables = manifest.vendor("loadforge").auth.variables
    for variable in variables:
        monkeypatch.setenv(variable, SECRETS[variable])
    handler, seen = replies(httpx.Response(401, json={"error": 401, "message": f"bad {SECRETS[variables[-1]]}"}))
    client = testruns.Client(manifest=manifest, retry=FAST, transport=httpx.MockTransport(handler))
    with pytest.raises(testruns.AuthenticationError) as caught:
        client.loadforge.trigger(test_id=42, duration=10)
    for name, value in EXPECTED[scheme].items():
        assert seen[0].headers[name] == value
    assert SECRETS[variables[-1]] not in str(caught.value)
    shown = client.loadforge.dry_run("trigger", {"test_id": 42, "duration": 10})
    assert all(value.endswith("***") for name, value in shown["headers"].items() if name in EXPECTED[scheme])


def test_several_keys_come_from_each_variable_or_from_api_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = manifest_with(SCHEMES["two key headers"])
    monkeypatch.setenv("LF_API_KEY", "api-secret-333")
    monkeypatch.delenv("LF_APP_KEY", raising=False)
    with pytest.raises(testruns.MissingCredentialsError) as caught:
        testruns.Client(manifest=manifest).loadforge.trigger(test_id=42, duration=10)
    assert caught.value.variable == "LF_APP_KEY"
    handler, seen = replies(httpx.Response(200, json={"run_id": 1}))
    keys = {"loadforge": {"LF_API_KEY": "a-from-python-1", "LF_APP_KEY": "b-from-python-2"}}
    client = testruns.Client(manifest=manifest, api_keys=keys, transport=httpx.MockTransport(handler))
    assert client.loadforge.trigger(test_id=42, duration=10).run_id == "1"
    assert (seen[0].headers["dd-api-key"], seen[0].headers["dd-application-key"]) == (
        "a-from-python-1",
        "b-from-python-2",
    )
    with pytest.raises(testruns.ConfigurationError, match="must map each of LF_API_KEY, LF_APP_KEY"):
        testruns.Client(manifest=manifest, api_keys={"loadforge": "one"}).loadforge.trigger(test_id=42, duration=10)


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_the_sandbox_accepts_its_key_in_every_header_and_nothing_less(scheme: str) -> None:
    manifest = manifest_with(SCHEMES[scheme])
    with Sandbox(manifest=manifest) as sandbox:
        environment = sandbox.environment()
        assert all(environment[v] == sandbox.key for v in manifest.vendor("loadforge").auth.variables)
        url = sandbox.base_url("loadforge") + "/run"
        good = manifest.vendor("loadforge").auth.render(
            dict.fromkeys(manifest.vendor("loadforge").auth.variables, sandbox.key)
        )
        assert httpx.post(url, json={"test_id": 42, "duration": 10}, headers=good).status_code == 200
        for name in good:
            partial = {k: v for k, v in good.items() if k != name}
            refused = httpx.post(url, json={"test_id": 42, "duration": 10}, headers=partial)
            # LoadForge documents no 401, so the sandbox refuses with the status it documents, naming the header.
            assert (refused.status_code, name in refused.json()["message"]) == (400, True)


@pytest.mark.parametrize(
    ("auth", "problem"),
    [
        ({"scheme": "api_key_header", "env": "X"}, "auth.header is required"),
        ({"scheme": "basic", "env": "X"}, "password_env is required for basic"),
        ({"scheme": "bearer", "headers": [{"header": "A", "env": "B"}]}, "only for api_key_header"),
        ({"scheme": "api_key_header", "header": "A", "env": "B", "headers": [{"header": "C", "env": "D"}]}, "either"),
    ],
)
def test_an_auth_the_manifest_cannot_mean_is_refused(auth: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        VendorAuth.model_validate(auth)
