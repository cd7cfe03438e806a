"""A secret is masked however a vendor spells it back: as it is, escaped as a URL, JSON or a ``repr`` writes it,
in any encoding ``json.loads`` reads, and never half-shown at an excerpt's cut."""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testruns.http.redact import MASK, Redactor

KEY = "sk+live/SECRET=12345"  # base64's letters, which URLs and JSON spell otherwise
UNICODE = "pässwörd 😀\t\xa0secret"  # a password field may hold any text
DIGITS = "123456789012345678"  # a key of digits only, which JSON can echo as a number


def _mixed_case(escaped: str) -> str:
    """Every other ``%XX`` of ``escaped`` in lower case."""
    parts = escaped.split("%")
    return "%".join([parts[0], *(p[:2].lower() + p[2:] if i % 2 else p for i, p in enumerate(parts[1:]))])


SPELLINGS = {
    "as it is": KEY,
    "JSON's \\u escapes": "".join(f"\\u{ord(char):04x}" for char in KEY),
    "JSON's \\u escapes in capitals": "".join(f"\\u{ord(char):04X}" for char in KEY),
    "JSON's escaped slash": KEY.replace("/", "\\/"),
    "percent-encoded": quote(KEY, safe=""),
    "percent-encoded in mixed case": _mixed_case(quote(KEY, safe="")),
    "percent-encoded in part (Go's PathEscape)": KEY.replace("/", "%2F"),
    "as a form writes it": quote_plus(KEY),
    "in a bytes repr": repr(KEY.encode())[2:-1],
    "unicode, as JSON's ASCII writes it": json.dumps(UNICODE)[1:-1],
    "unicode, percent-encoded": quote(UNICODE, safe=""),
    "unicode, as a form writes it": quote_plus(UNICODE),
    "unicode, in a bytes repr": repr(UNICODE.encode())[2:-1],
    "unicode, in a str repr": repr(UNICODE)[1:-1],
    "unicode, as JSON writes it": json.dumps(UNICODE, ensure_ascii=False)[1:-1],
}


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_every_spelling_of_a_secret_is_masked_in_text_and_in_a_body(spelling: str) -> None:
    redactor = Redactor([KEY, UNICODE])
    assert spelling not in (KEY, UNICODE) or spelling == KEY  # each case spells it otherwise, but the first
    assert redactor.text(f"before {spelling} after") == f"before {MASK} after"
    body = f'<b>Warning</b> {{"detail": "key {spelling}"'.encode()  # not JSON: a prefix, and cut short
    assert redactor.body(body) == f'<b>Warning</b> {{"detail": "key {MASK}"'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_a_body_is_read_in_the_encoding_json_reads_it_in(encoding: str) -> None:
    body = json.dumps({"detail": f"key {KEY}"}).encode(encoding)
    assert Redactor([KEY]).body(body) == '{"detail": "key ***"}'


def test_a_key_of_digits_is_masked_where_json_echoes_it_as_a_number() -> None:
    body = json.dumps({"key": int(DIGITS), "as_float": float(f"{DIGITS}.0")}).encode()
    shown = Redactor([DIGITS]).body(body)
    assert DIGITS[:12] not in shown and shown.count(MASK) == 1  # the float is no longer the key's digits
    assert Redactor([DIGITS]).body(f'{{"key": {DIGITS}.0}}'.encode()) == '{"key": ***.0}'


def test_an_answer_that_may_spell_a_secret_is_one_that_may_hold_it() -> None:
    # Where may_hold says no, the facade skips masking an answer's document: every spelling must say yes.
    spaced = "tsk live 7Hq2 Lm9X"  # as a form writes it: letters and pluses only
    redactor = Redactor([KEY, UNICODE, spaced])
    for spelling in [*SPELLINGS.values(), quote_plus(spaced)]:
        assert redactor.may_hold(f'{{"echo": "{spelling}"}}'.encode()), spelling
        assert redactor.data({"echo": spelling}) == {"echo": MASK}
    assert not redactor.may_hold(b'{"run_id": 7, "status": "queued"}')


def test_a_spelling_that_is_not_the_secret_is_left_alone() -> None:
    redactor = Redactor([KEY])
    for other in ["sk+live/SECRET=12346", quote("sk+live/SECRET=12346", safe=""), "SK+LIVE/SECRET=12345"]:
        assert redactor.text(other) == other


FILLER = st.text(alphabet="x%\\/+=ab ", max_size=30)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(st.sampled_from(list(SPELLINGS.values())), FILLER), max_size=40),
    limit=st.integers(min_value=1, max_value=300),
)
def test_an_excerpt_is_what_masking_all_of_it_and_then_cutting_shows(parts: list[str], limit: int) -> None:
    # An excerpt masks only as much of a long text as can reach its cut: never less than that.
    redactor = Redactor([KEY, UNICODE])
    text = "".join(parts)
    assert redactor.excerpt(text, limit) == redactor.text(text)[:limit]
