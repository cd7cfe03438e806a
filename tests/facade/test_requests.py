"""The request builder makes what ``httpx.Client.build_request`` makes, for any path, query, header and body."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from testruns._requests import RequestBuilder

TIMEOUT = httpx.Timeout(7.0, connect=2.0)
NOWHERE = httpx.MockTransport(lambda request: httpx.Response(599))  # nothing is sent here
text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)
header_values = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=10).map(str.strip)
header_names = st.sampled_from(
    ["Content-Type", "Accept", "accept", "X-Trace", "User-Agent", "content-type", "Content-Length", "Host"]
)


@st.composite
def operations(draw: st.DrawFn) -> dict[str, Any]:
    # As the generated request_kwargs give them: a path with quoted parameters, then optional parts.
    segments = draw(st.lists(text, min_size=1, max_size=3))
    kwargs: dict[str, Any] = {
        "method": draw(st.sampled_from(["get", "post", "put", "delete"])),
        "url": "/" + "/".join(quote(segment, safe="") for segment in segments),  # "//x" when the first is empty
    }
    if draw(st.booleans()):
        kwargs["params"] = draw(st.dictionaries(text, text | st.integers(), max_size=3))
    if draw(st.booleans()):
        kwargs["json"] = draw(json_values)
    if draw(st.booleans()):
        kwargs["headers"] = draw(st.dictionaries(header_names, header_values, max_size=3))
    return kwargs


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(["https://api.example.com", "https://api.example.com/v1/", "http://127.0.0.1:8080/p%20q"]),
    calls=st.lists(operations(), min_size=1, max_size=4),
)
def test_the_builder_makes_httpx_s_own_request(base: str, calls: list[dict[str, Any]]) -> None:
    # One builder for several calls: what it keeps from one call (URLs, merged headers) never leaks into another.
    client = httpx.Client(base_url=base, headers={"Authorization": "Bearer k"}, transport=NOWHERE)
    builder = RequestBuilder(base, {"Authorization": "Bearer k"})
    for kwargs in calls + calls:
        expected = client.build_request(**kwargs, timeout=TIMEOUT)
        built = builder.build(dict(kwargs), TIMEOUT)
        assert (built.method, str(built.url)) == (expected.method, str(expected.url))
        assert built.headers.raw == expected.headers.raw
        assert built.content == expected.content
        assert built.extensions == expected.extensions


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(["https://api.example.com", "http://127.0.0.1:8080/p%20q"]),
    calls=st.lists(operations(), min_size=1, max_size=4),
    bodies=st.lists(json_values, min_size=1, max_size=4),
)
def test_the_async_parts_are_httpx_s_own_request(base: str, calls: list[dict[str, Any]], bodies: list[Any]) -> None:
    # Each shape of call again with other bodies: after its first call only the body and its length change.
    client = httpx.Client(base_url=base, headers={"Authorization": "Bearer k"}, transport=NOWHERE)
    builder = RequestBuilder(base, {"Authorization": "Bearer k"})
    again = [{**kwargs, "json": body} if "json" in kwargs else kwargs for kwargs in calls for body in bodies]
    for kwargs in calls + again:
        expected = client.build_request(**kwargs, timeout=TIMEOUT)
        parts = builder.outgoing(dict(kwargs), TIMEOUT)
        assert (parts.method, str(parts.url)) == (expected.method, str(expected.url))
        assert parts.raw_headers == tuple(expected.headers.raw)
        assert parts.content == expected.content
        assert parts.extensions == expected.extensions
        remade = parts.as_httpx()  # what the httpx pool sends (a proxy, a caller's transport)
        assert (remade.method, remade.url, remade.headers.raw, remade.content) == (
            expected.method,
            expected.url,
            expected.headers.raw,
            expected.content,
        )


def test_parsed_urls_and_merged_headers_are_reused_and_stay_bounded() -> None:
    builder = RequestBuilder("https://api.example.com", {})
    first = builder.build({"method": "get", "url": "/runs/1"}, TIMEOUT)
    assert builder.build({"method": "get", "url": "/runs/1"}, TIMEOUT).url == first.url
    assert len(builder._urls) == 1
    for index in range(1000):
        builder.build({"method": "get", "url": f"/runs/{index}"}, TIMEOUT)
    assert len(builder._urls) <= 256
    for index in range(1000):
        builder.build({"method": "get", "url": "/runs/1", "headers": {"X-Trace": str(index)}}, TIMEOUT)
    assert len(builder._merged) <= 256


def test_the_async_parts_never_show_the_key() -> None:
    builder = RequestBuilder("https://api.example.com", {"Authorization": "Bearer sk-never-shown"})
    for _ in range(2):  # httpx's own build, then the reused lines
        parts = builder.outgoing({"method": "post", "url": "/run", "json": {"a": 1}}, TIMEOUT)
        assert "sk-never-shown" not in repr(parts)
        assert "sk-never-shown" not in str(parts)
    assert "sk-never-shown" not in repr(builder._templates)
