"""khabar.text.normalise: decoding, refusal of non-text, mojibake repair, the same-length fold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.errors import InputError
from khabar.text.normalise import MAX_BYTES, decode_input, fold, repair_mojibake


def _error(data: bytes) -> str:
    with pytest.raises(InputError) as info:
        decode_input(data, "doc.txt")
    assert info.value.source == "doc.txt"
    msg = str(info.value)
    assert "\n" not in msg and msg.startswith("doc.txt: ")
    return msg


@pytest.mark.parametrize("data", [b"", b"   ", b" \n\t\r\n ", "\ufeff".encode(), "\u00a0\u200b\n".encode()])
def test_empty_or_whitespace_is_refused(data: bytes) -> None:
    assert "empty input" in _error(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Gunmen killed\x00 five people",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x89PNG\r\n\x1a\n",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        bytes(range(1, 32)) * 10,
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    assert "binary data, not text" in _error(data)


def test_too_large_is_refused() -> None:
    msg = _error(b"a" * (11 * 1024 * 1024))
    assert msg == "doc.txt: input is 11.0 MB; khabar reads at most 10 MB per document"


def test_exactly_max_bytes_is_read() -> None:
    assert len(decode_input(b"a " * (MAX_BYTES // 2), "x")) == MAX_BYTES


def test_utf8() -> None:
    assert decode_input("Peshawar — 12 killed, café".encode(), "x") == "Peshawar — 12 killed, café"


def test_cp1252_fallback() -> None:
    data = "The \u201cmilitants\u201d attacked a caf\u00e9 \u2013 police said.".encode("cp1252")
    assert decode_input(data, "x") == "The \u201cmilitants\u201d attacked a caf\u00e9 \u2013 police said."


def test_bom_is_stripped() -> None:
    assert decode_input(b"\xef\xbb\xbfKABUL (Reuters) - A bomb", "x") == "KABUL (Reuters) - A bomb"


def test_utf16_with_bom() -> None:
    assert decode_input("Gunmen attacked".encode("utf-16"), "x") == "Gunmen attacked"


def test_crlf_and_cr() -> None:
    assert decode_input(b"line one\r\nline two\rline three\n", "x") == "line one\nline two\nline three\n"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("the proposed \u00e2\u20ac\u02dcbhoomi pujan\u00e2\u20ac\u2122", "the proposed \u2018bhoomi pujan\u2019"),
        ("\u00e2\u20ac\u0153we demand a ban\u00e2\u20ac\ufffd he said", "\u201cwe demand a ban\u201d he said"),
        ("caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo", "caf\u00e9 in S\u00e3o Paulo"),
        ("it\u00e2\u20ac\u2122s", "it\u2019s"),
        ("10\u00c2\u00a0km", "10\u00a0km"),
    ],
)
def test_mojibake_repair(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed
    assert decode_input(broken.encode("utf-8"), "x") == fixed


@pytest.mark.parametrize("clean", ["café", "São Paulo", "Ünal Çelik", "naïve façade", "Â is a letter", "price: 5€"])
def test_clean_text_is_left_alone(clean: str) -> None:
    assert repair_mojibake(clean) == clean


def test_fold_examples() -> None:
    src = "\u201cWe\u2019ll fight\u201d \u2014 he said\u00a0\u2013 \u00abnon\u00bb\u200b"
    assert fold(src) == "\"We'll fight\" - he said - \"non\" "


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("ab \u2018\u2019\u201c\u201d\u2013\u2014\u2011\u00a0\u200b\u202f\u3000")))
def test_fold_leaves_no_typographic_variants(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert set(folded) <= set("ab '\"-")
