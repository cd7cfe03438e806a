"""https vendors: certificates are verified by both pools with httpx's trust, and the CA bundle is loaded once.

The server's certificate comes from a throwaway authority (trustme) that only ``SSL_CERT_FILE`` names:
a call that trusts it reaches the vendor, and one that does not is refused before anything is sent.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import trustme

import testruns
from testruns.http import tls as _tls

from .loopback import Loopback, Reply, loopback

TRIGGER = {"test_id": 42, "duration": 10}
Call = Callable[[str], testruns.TriggeredRun]


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https(authority: trustme.CA) -> Iterator[Loopback]:
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    with loopback(context) as server:
        server.script(Reply(200, {"run_id": 314}))
        yield server


@pytest.fixture
def trusting(authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``SSL_CERT_FILE`` names the throwaway authority, as a company's own CA would be named."""
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def _sync(url: str) -> testruns.TriggeredRun:
    with testruns.Client(api_keys={"loadforge": "k"}, base_urls={"loadforge": url}, max_retries=0) as client:
        return client.loadforge.trigger(**TRIGGER)


def _async(url: str) -> testruns.TriggeredRun:
    async def call() -> testruns.TriggeredRun:
        async with testruns.AsyncClient(
            api_keys={"loadforge": "k"}, base_urls={"loadforge": url}, max_retries=0
        ) as client:
            return await client.loadforge.trigger(**TRIGGER)

    return asyncio.run(call())


@pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])
@pytest.mark.usefixtures("trusting")
def test_a_vendor_whose_certificate_is_trusted_is_reached(https: Loopback, call: Call) -> None:
    run = call(https.url)
    assert run.run_id == "314"
    assert len(https.received) == 1


@pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])
def test_an_untrusted_certificate_is_refused_before_anything_is_sent(
    https: Loopback, call: Call, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with pytest.raises(testruns.NetworkError) as caught:
        call(https.url)
    assert caught.value.maybe_sent is False
    assert "certificate" in str(caught.value).lower()
    assert https.received == []


@pytest.mark.usefixtures("trusting")
def test_the_ca_bundle_is_loaded_once_for_every_client_and_vendor(
    https: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tls._context.cache_clear()
    made: list[bool] = []
    real = httpx.create_ssl_context

    def counting(*args: object, **kwargs: object) -> object:
        # A call loads a bundle unless it is handed a context to adopt (as httpx's transports are).
        made.append(not isinstance(kwargs.get("verify", args[0] if args else True), ssl.SSLContext))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    for _ in range(2):
        _sync(https.url)
        _async(https.url)
    # httpx (and httpx-aiohttp) also call it to adopt the context they are given; only the first call loads one.
    assert sum(made) == 1
    assert _tls.trusted_context() is _tls.trusted_context()


def test_a_changed_trust_setting_gets_its_own_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = _tls.trusted_context()
    bundle = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    assert _tls.trusted_context() is not default
