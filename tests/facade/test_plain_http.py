"""A plain request laid out without httpx is the request httpx builds: same method, URL, header lines and body.

``_plain_http`` answers only where it is sure; these tests hold every answer it gives to httpx's own, and
check that it does answer for plain values, so the command line's dry run really starts without httpx.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from testruns._catalog import vendor_summaries
from testruns._plain_http import Laid, plain_base_url, plain_request
from testruns._requests import RequestBuilder

TIMEOUT = httpx.Timeout(7.0)
REGION_URLS = sorted({url for vendor in vendor_summaries() for url in vendor.regions.values()})
ODD_BASES = [
    "https://API.example.com",
    "http://127.0.0.1:80/x/",
    "https://h.example:443",
    "https://h.example/a/../b",
    "https://h.example/%7Ex",
    "https://999.1.1.1",
    "https://1.2.3.04",
    "https://a-.example",
    "https://h.example:0",
    "https://user@h.example",
    "https://h.example/?q",
    "https://h.example/#f",
    "https://h.example/.well-known",
    "ftp://h.example",
    "https://h.example:99999/x",
]
label = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?", fullmatch=True)
plain_bases = st.builds(
    lambda scheme, labels, port, segments, slashes: (
        f"{scheme}://{'.'.join(labels)}{port}{''.join('/' + s for s in segments)}{'/' * slashes}"
    ),
    st.sampled_from(["http", "https"]),
    st.lists(label, min_size=1, max_size=3),
    st.sampled_from(["", ":80", ":443", ":8080", ":1"]),
    st.lists(st.from_regex(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,5}", fullmatch=True), max_size=3),
    st.integers(0, 2),
)
ipv4_bases = st.builds(
    lambda octets, port: f"http://{'.'.join(map(str, octets))}{port}",
    st.lists(st.integers(0, 255), min_size=4, max_size=4),
    st.sampled_from(["", ":8000"]),
)
url_like = st.text(st.sampled_from("htps:/.aZ09-_~%@?#[]: éA"), max_size=30)
bases = st.sampled_from(REGION_URLS + ODD_BASES) | plain_bases | ipv4_bases | url_like.map(lambda s: "https://" + s)

any_text = st.text(st.characters(codec="utf-8"), max_size=8)  # lone surrogates too
plain_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=8)
primitives = st.none() | st.booleans() | st.integers() | st.floats() | any_text
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=6,
)
header_names = st.sampled_from(["Content-Type", "accept", "X-Trace", "User-Agent", "Host", "Content-Length", "X y"])


@st.composite
def paths(draw: st.DrawFn, segment: st.SearchStrategy[str]) -> str:
    # As the generated request_kwargs give them: a fixed path with quoted parameters; odd ones too.
    parts = draw(st.lists(segment, min_size=1, max_size=3))
    quoted = "/" + "/".join(quote(part, safe="") for part in parts)
    return draw(st.sampled_from([quoted, quoted + "/", "/", "//x", "/a/./b", "/a/%2e%2E", "/a b", "/r/é"]))


@st.composite
def calls(draw: st.DrawFn) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": draw(st.sampled_from(["get", "post", "put", "patch", "delete", "GET"])),
        "url": draw(paths(any_text)),
    }
    if draw(st.booleans()):
        kwargs["params"] = draw(
            st.dictionaries(any_text, primitives | st.lists(primitives, max_size=2) | st.tuples(primitives), max_size=3)
        )
    if draw(st.booleans()):
        kwargs["json"] = draw(json_values)
    if draw(st.booleans()):
        kwargs["headers"] = draw(st.dictionaries(header_names, plain_text | any_text, max_size=3))
    if draw(st.integers(0, 9)) == 0:
        kwargs[draw(st.sampled_from(["content", "data", "cookies"]))] = {"a": "1"}
    return kwargs


def by_httpx(base: str, auth: dict[str, str], kwargs: dict[str, Any]) -> Laid | type[Exception]:
    try:
        request = RequestBuilder(base, auth).build(dict(kwargs), TIMEOUT)
    except (httpx.InvalidURL, UnicodeEncodeError, TypeError, ValueError) as error:
        return type(error)
    return Laid(request.method, str(request.url), list(request.headers.items()), request.content)


def laid_out_here(base: str, auth: dict[str, str], kwargs: dict[str, Any]) -> Laid | type[Exception] | None:
    try:
        return plain_request(base, auth, kwargs)
    except UnicodeEncodeError:
        return UnicodeEncodeError


@settings(max_examples=600, deadline=None)
@given(url=bases)
def test_a_plain_base_url_is_one_httpx_takes_as_written(url: str) -> None:
    base = plain_base_url(url)
    if base is None:
        return
    parsed = httpx.URL(url)  # raises where httpx refuses it
    assert parsed.scheme == base.scheme and parsed.host
    assert parsed.netloc.decode() == base.netloc
    assert parsed.path == (base.path or "/")
    assert not parsed.userinfo and not parsed.query and not parsed.fragment and url.isprintable()


@pytest.mark.parametrize("url", REGION_URLS)
def test_every_vendor_s_own_server_is_plain(url: str) -> None:
    assert plain_base_url(url) is not None


@settings(max_examples=600, deadline=None)
@given(base=bases, auth=st.dictionaries(st.sampled_from(["Authorization", "X-Api-Key"]), plain_text), kwargs=calls())
def test_whatever_it_lays_out_is_what_httpx_builds(base: str, auth: dict[str, str], kwargs: dict[str, Any]) -> None:
    here = laid_out_here(base, auth, kwargs)
    if here is None:
        return  # left to httpx
    if plain_base_url(base) is None:
        pytest.fail("a base URL that is not plain was laid out")
    assert here == by_httpx(base, auth, kwargs)


@st.composite
def plain_calls(draw: st.DrawFn) -> dict[str, Any]:
    plain_segment = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=6).filter(
        lambda s: not s.startswith(".")
    )
    kwargs: dict[str, Any] = {
        "method": draw(st.sampled_from(["get", "post", "put", "patch", "delete"])),
        "url": "/" + "/".join(quote(part, safe="") for part in draw(st.lists(plain_segment, min_size=1, max_size=3))),
    }
    values = st.booleans() | st.integers() | st.floats() | st.text(st.characters(exclude_categories=["Cs"]))
    names = st.text(st.characters(exclude_categories=["Cs"]))
    kwargs["params"] = draw(st.dictionaries(names, values | st.lists(values, max_size=2), max_size=3))
    body = st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(st.characters(exclude_categories=["Cs"]), max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
        max_leaves=5,
    )
    if draw(st.booleans()):
        kwargs["json"] = draw(body)
    # The operation's own headers; one it shares with httpx's defaults replaces it, and moves to the end.
    own = st.dictionaries(st.sampled_from(["Accept", "user-agent", "X-Trace"]), plain_text, max_size=2)
    kwargs["headers"] = {"Content-Type": "application/json", **draw(own)}
    return kwargs


@settings(max_examples=300, deadline=None)
@given(base=plain_bases | ipv4_bases | st.sampled_from(REGION_URLS), kwargs=plain_calls())
@example(base="https://h.example", kwargs={"method": "get", "url": "/x", "params": {"a": []}})  # "?" and no query
@example(base="http://h.example:80//", kwargs={"method": "post", "url": "/"})  # a POST's "Content-Length: 0"
def test_it_lays_out_every_plain_call_as_httpx_builds_it(base: str, kwargs: dict[str, Any]) -> None:
    # Any text in a path (quoted, as the generated code quotes it), a query or a JSON body is plain.
    auth = {"Authorization": "Bearer ***"}
    here = laid_out_here(base, auth, kwargs)
    assert here is not None, "a plain call was left to httpx"
    assert here == by_httpx(base, auth, kwargs)
