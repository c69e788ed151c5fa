"""Counts in text: khabar.text.numbers.find_numbers / parse_number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.numbers import NumberMatch, find_numbers, parse_number

# text -> [(low, high, qualifier)], optionally with the span texts
CASES: list[tuple[str, list[tuple[int | None, int | None, str]], list[str] | None]] = [
    # digits
    ("12 people were killed", [(12, 12, "exact")], ["12"]),
    ("1,200 homes were burnt", [(1200, 1200, "exact")], ["1,200"]),
    ("1.5 million people fled", [(1_500_000, 1_500_000, "exact")], ["1.5 million"]),
    ("3 lakh people were displaced", [(300_000, 300_000, "exact")], ["3 lakh"]),
    ("1,20,000 people were evacuated", [(120_000, 120_000, "exact")], None),
    ("0 casualties", [(0, 0, "exact")], None),
    # words
    ("one policeman was killed", [(1, 1, "exact")], ["one"]),
    ("thirty-nine policemen were injured", [(39, 39, "exact")], ["thirty-nine"]),
    ("thirty nine policemen were injured", [(39, 39, "exact")], ["thirty nine"]),
    ("THIRTY-NINE POLICEMEN WERE INJURED", [(39, 39, "exact")], None),
    ("two hundred and fourteen bodies", [(214, 214, "exact")], ["two hundred and fourteen"]),
    ("a hundred families", [(100, 100, "exact")], ["a hundred"]),
    ("a thousand villagers", [(1000, 1000, "exact")], ["a thousand"]),
    ("one million refugees", [(1_000_000, 1_000_000, "exact")], ["one million"]),
    ("fifteen hundred troops", [(1500, 1500, "exact")], None),
    ("Eleven militants were killed", [(11, 11, "exact")], ["Eleven"]),
    ("a dozen soldiers", [(12, 12, "exact")], ["a dozen"]),
    ("one dozen soldiers", [(12, 12, "exact")], ["one dozen"]),
    ("half a dozen soldiers", [(6, 6, "exact")], ["half a dozen"]),
    ("two dozen soldiers", [(24, 24, "exact")], ["two dozen"]),
    # vague
    ("dozens of people were hurt", [(24, None, "vague")], ["dozens"]),
    ("scores were wounded", [(40, None, "vague")], ["scores"]),
    ("hundreds fled", [(200, None, "vague")], ["hundreds"]),
    ("thousands protested", [(2000, None, "vague")], ["thousands"]),
    ("tens of thousands were displaced", [(20_000, None, "vague")], ["tens of thousands"]),
    ("several soldiers were hurt", [(3, None, "vague")], ["several"]),
    ("a few militants escaped", [(2, None, "vague")], ["a few"]),
    ("a couple of policemen", [(2, 2, "about")], ["a couple of"]),
    ("several hundred people", [(300, None, "vague")], ["several hundred"]),
    ("many people, some people and a number of people; a man was killed", [], None),
    # qualifiers
    ("at least 12 people", [(12, None, "at_least")], ["at least 12"]),
    ("At least three soldiers", [(3, None, "at_least")], ["At least three"]),
    ("no fewer than 5 people", [(5, None, "at_least")], ["no fewer than 5"]),
    ("a minimum of 7 people", [(7, None, "at_least")], ["a minimum of 7"]),
    ("more than 10 people", [(10, None, "more_than")], ["more than 10"]),
    ("over 20 people", [(20, None, "more_than")], ["over 20"]),
    ("upwards of 30 people", [(30, None, "more_than")], ["upwards of 30"]),
    ("more than a dozen people", [(12, None, "more_than")], ["more than a dozen"]),
    ("nearly 5 people", [(5, 5, "about")], ["nearly 5"]),
    ("almost 6 people", [(6, 6, "about")], None),
    ("about 7 people", [(7, 7, "about")], None),
    ("around 8 people", [(8, 8, "about")], None),
    ("approximately 9 people", [(9, 9, "about")], None),
    ("some 40 people", [(40, 40, "about")], ["some 40"]),
    ("roughly 50 people", [(50, 50, "about")], None),
    ("an estimated 2,000 people", [(2000, 2000, "about")], ["an estimated 2,000"]),
    ("ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED", [(50, 50, "about")], ["ABOUT 50"]),
    ("up to 10 people", [(10, 10, "up_to")], ["up to 10"]),
    ("as many as 20 people", [(20, 20, "up_to")], ["as many as 20"]),
    ("less than 30 people", [(None, 30, "up_to")], ["less than 30"]),
    ("fewer than 40 people", [(None, 40, "up_to")], ["fewer than 40"]),
    ("100+ people", [(100, None, "more_than")], ["100+"]),
    # ranges
    ("between 10 and 15 people", [(10, 15, "exact")], ["between 10 and 15"]),
    ("10 to 15 people", [(10, 15, "exact")], ["10 to 15"]),
    ("10-15 people", [(10, 15, "exact")], ["10-15"]),
    ("10 or 15 people", [(10, 15, "exact")], ["10 or 15"]),
    ("ten to fifteen people", [(10, 15, "exact")], ["ten to fifteen"]),
    ("one or two people", [(1, 2, "exact")], ["one or two"]),
    ("at least 10 to 15 people", [(10, 15, "at_least")], ["at least 10 to 15"]),
    ("two or three hundred people", [(200, 300, "exact")], ["two or three hundred"]),
    ("the toll rose from 10 to 15", [(10, 10, "exact"), (15, 15, "exact")], ["10", "15"]),
    # several numbers
    ("Two villagers and five attackers were killed and four villagers and eight attackers were wounded",
     [(2, 2, "exact"), (5, 5, "exact"), (4, 4, "exact"), (8, 8, "exact")], ["Two", "five", "four", "eight"]),
    ("three policemen died, three policemen were injured and thirty-nine civilians were injured",
     [(3, 3, "exact"), (3, 3, "exact"), (39, 39, "exact")], None),
    # years
    ("in 2016 the group attacked", [], None),
    ("1999 was a violent year", [], None),
    ("the attack on 2016-03-05 killed 4", [(4, 4, "exact")], ["4"]),
    ("in 1948 the state", [], None),
    ("between 2015 and 2018", [], None),
    ("in 2016-17 the group", [], None),
    ("in the 1990s", [], None),
    # times
    ("at 10 p.m. 5 people were shot", [(5, 5, "exact")], ["5"]),
    ("at 10:30 the bomb went off", [], None),
    ("at 0800 hours", [], None),
    ("AT 1830 THE SAME DAY", [], None),
    ("at 10 pm", [], None),
    # dates
    ("on March 5 gunmen attacked", [], None),
    ("on 5 March gunmen attacked", [], None),
    ("on the 5th gunmen attacked", [], None),
    ("arrested on December 9 reports", [], None),
    ("SAN SALVADOR, 3 JAN 90", [], None),
    ("on March 5, 2016, 12 people died", [(12, 12, "exact")], ["12"]),
    ("12 may have died", [(12, 12, "exact")], ["12"]),
    # ordinals
    ("the 5th attack", [], None),
    ("the third attack and the first one", [], None),
    ("the twenty-first attack", [], None),
    # percentages
    ("5% of the people", [], None),
    ("5 percent and 6 per cent", [], None),
    # money
    ("a bounty of $5 million", [], None),
    ("Rs 5,000 was looted", [], None),
    ("Rs. 5,000 was looted", [], None),
    ("5 million dollars", [], None),
    ("rupees 500 each", [], None),
    ("thousands of dollars", [], None),
    # ages
    ("aged 25, he was", [], None),
    ("a 25-year-old man", [], None),
    ("a 25 year old man", [], None),
    ("Ramesh (25) was killed", [], None),
    ("Ali, 25, was shot", [], None),
    ("two 10-year-old boys", [(2, 2, "exact")], ["two"]),
    # measures
    ("5 km away", [], None),
    ("10 kilometres from the town", [], None),
    ("3 miles, 20 kg, 2 hours, 3 days, 4 years and six months", [], None),
    ("a two-day strike", [], None),
    ("three times", [], None),
    ("a few hours later", [], None),
    # ids
    ("on Route 5 and No. 7 and Section 144", [], None),
    ("NH 44 and Article 370", [], None),
    ("an AK-47, an F-16, a MiG-21, the G20 and COVID-19", [], None),
    ("UN Resolution 1701", [], None),
    ("call +91 98765 43210 or 0121-2345678", [], None),
    # "one" as a pronoun
    ("one of the attackers", [], None),
    ("no one was hurt", [], None),
    ("No one was hurt", [], None),
    ("they fought one another", [], None),
    ("the one who fled", [], None),
    ("one day later", [], None),
    ("a one-time payment", [], None),
    ("at least one of the attackers", [(1, None, "at_least")], ["at least one"]),
    ("One was killed", [(1, 1, "exact")], ["One"]),
    # a unit-describing compound is returned (acceptable)
    ("a 10-member team", [(10, 10, "exact")], ["10"]),
]


@pytest.mark.parametrize(("text", "expected", "spans"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_numbers_table(text, expected, spans):
    found = find_numbers(text)
    assert [(m.low, m.high, m.qualifier) for m in found] == expected
    if spans is not None:
        assert [m.text for m in found] == spans
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.start <= m.num_start < m.end


def test_table_size():
    assert len(CASES) >= 60


def test_num_start_after_qualifier():
    text = "Police said at least 12 people died."
    (m,) = find_numbers(text)
    assert m.text == "at least 12"
    assert text[m.num_start:m.end] == "12"


def test_matches_are_ordered_and_disjoint():
    text = "About 50 peasants, 3 JAN 90, at least 12 people and dozens of others; 2 hours later one more."
    found = find_numbers(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_match_is_frozen():
    (m,) = find_numbers("12 people")
    assert isinstance(m, NumberMatch)
    with pytest.raises(AttributeError):
        m.low = 3  # type: ignore[misc]


def test_window_offsets():
    text = "In 2016, 12 people died. Later at least 30 were hurt and dozens fled."
    s = text.index("Later")
    found = find_numbers(text, s, len(text))
    assert [(m.text, m.low) for m in found] == [("at least 30", 30), ("dozens", 24)]
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.text for m in find_numbers(text, 0, s)] == ["12"]
    assert find_numbers(text, 10, 5) == []


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("12", (12, 12, "exact")),
        ("at least 12", (12, None, "at_least")),
        ("more than a hundred", (100, None, "more_than")),
        ("dozens", (24, None, "vague")),
        ("two hundred and fourteen", (214, 214, "exact")),
        ("between 10 and 15", (10, 15, "exact")),
        ("less than 10", (None, 10, "up_to")),
        ("  1,200. ", (1200, 1200, "exact")),
        ("2016", (2016, 2016, "exact")),  # no context: a count
        ("many", None),
        ("some", None),
        ("a", None),
        ("a number of", None),
        ("5th", None),
        ("10:30", None),
        ("5%", None),
        ("$5 million", None),
        ("25-year-old", None),
        ("March 5", None),
        ("no one", None),
        ("12 people", None),
        ("", None),
    ],
)
def test_parse_number(expr, expected):
    assert parse_number(expr) == expected


# --------------------------------------------------------------------------- properties

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell_below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_ONES[hundreds] + " hundred")
    if rest:
        if rest < 20:
            words = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            words = _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")
        parts.append(("and " if hundreds and use_and else "") + words)
    return " ".join(parts)


def spell(n: int, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for 0 <= n < 1,000,000."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(_spell_below_1000(thousands, hyphen, use_and) + " thousand")
    if rest:
        below = _spell_below_1000(rest, hyphen, use_and)
        if thousands and rest < 100 and use_and:
            below = "and " + below
        parts.append(below)
    return " ".join(parts)


def test_speller():
    assert spell(214) == "two hundred and fourteen"
    assert spell(39, hyphen=False) == "thirty nine"
    assert spell(1005) == "one thousand and five"
    assert spell(999_999, use_and=False) == "nine hundred ninety-nine thousand nine hundred ninety-nine"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 999_999))
def test_parse_digits_with_separators(n):
    assert parse_number(f"{n:,}") == (n, n, "exact")


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 999_999), st.booleans(), st.booleans(), st.booleans())
def test_parse_words(n, hyphen, use_and, upper):
    words = spell(n, hyphen, use_and)
    assert parse_number(words.upper() if upper else words) == (n, n, "exact")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999_999), st.booleans())
def test_find_in_sentence(n, as_words):
    num = spell(n) if as_words else f"{n:,}"
    text = f"Police said {num} people were killed."
    (m,) = find_numbers(text)
    assert (m.low, m.high, m.qualifier, m.text) == (n, n, "exact", num)


_ALPHABET = st.sampled_from(
    list("0123456789 ,.-:/%$()+\n") + ["at least ", "more than ", "one", "two", "hundred", "thousand", "dozens",
                                        "a ", "and ", "to ", "or ", "km", "March ", "year-old", "aged ", "Rs "]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_ALPHABET, max_size=30).map("".join)))
def test_offsets_always_consistent(text):
    found = find_numbers(text)
    prev_end = 0
    for m in found:
        assert text[m.start:m.end] == m.text
        assert prev_end <= m.start <= m.num_start < m.end
        prev_end = m.end
        assert m.qualifier in {"exact", "at_least", "more_than", "about", "up_to", "vague"}
        assert m.low is not None or m.high is not None
    parse_number(text)  # never raises


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.data())
def test_window_returns_absolute_offsets(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = find_numbers(text, start, end)
    sliced = find_numbers(text[start:end])
    assert [(m.start - start, m.end - start, m.low, m.high, m.qualifier, m.num_start - start) for m in window] == [
        (m.start, m.end, m.low, m.high, m.qualifier, m.num_start) for m in sliced
    ]
    for m in window:
        assert start <= m.start < m.end <= end
        assert text[m.start:m.end] == m.text
