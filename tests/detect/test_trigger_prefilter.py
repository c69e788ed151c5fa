"""TriggerLexicon.find jumps between the places a row can begin and tries only the rows that can
begin there; its matches must be those of the one alternation expression over the whole table."""

from __future__ import annotations

import random
import re

import pytest

from khabar.detect.triggers import TriggerLexicon, TriggerRule


def rule(i: int) -> TriggerRule:
    return TriggerRule(f"f{i}", "Attack", None, i, False)


def one_regex(lex: TriggerLexicon, patterns: list[str], text: str, start: int = 0, end: int | None = None):
    """The matches of the one alternation expression, as (start, end, text, rule)."""
    parts = "|".join(f"(?P<t{i}>{p})" for i, p in enumerate(patterns))
    rx = re.compile(r"(?<![\w-])(?:" + parts + r")(?![\w])", re.IGNORECASE)
    return [(m.start(), m.end(), m.group(0), lex.rules[int(m.lastgroup[1:])])
            for m in rx.finditer(text, start, len(text) if end is None else end)]


def found(lex: TriggerLexicon, text: str, start: int = 0, end: int | None = None):
    return [(t.start, t.end, t.text, t.rule) for t in lex.find(text, start, end)]


def lexicon(patterns: list[str]) -> TriggerLexicon:
    return TriggerLexicon([(rule(i), p) for i, p in enumerate(patterns)])


@pytest.fixture(scope="module")
def table():
    return TriggerLexicon.load()


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two.", ["killed"]),  # inside a sentence
    ("Killed were two.", ["Killed"]),  # at the very start, capitalised
    ("two were killed", ["killed"]),  # at the very end
    ("(killed)", ["killed"]),  # after and before punctuation
    ("they were shot dead.", ["shot dead"]),  # a row of several words
    ("an IED exploded", ["IED", "exploded"]),  # a three-letter row
    ("over-killed, unkilled, killedx", []),  # after a hyphen or a letter, before a letter: no match
])
def test_matches_at_every_kind_of_place(table, text, expected):
    assert [t.text for t in table.find(text)] == expected


def table_patterns(table: TriggerLexicon) -> list[str]:
    return [p[p.index(">") + 1:-1] for p in table._parts]  # (?P<ti>...) -> ...


def test_unicode_case_folding_still_matches(table):
    # the long s folds to s and the Kelvin sign to k, in the first letters as further on
    assert [t.text for t in table.find("ſhot dead")] == ["ſhot dead"]
    assert [t.text for t in table.find("\u212aidnapped")] == ["\u212aidnapped"]
    assert [t.text for t in table.find("they were \u212aILLED")] == ["\u212aILLED"]
    assert [t.text for t in table.find("a bomb ſtruck")] == ["bomb"]
    pats = table_patterns(table)
    for text in ("ſhot dead", "\u212aidnapped", "kidnapſ", "uſed", "İED blast", "ıED", "a bomb ſtruck", "aſſault",
                 "ſuicide bomber", "ambuſhed", "\u212a\u212a", "\u212aill"):
        assert found(table, text) == one_regex(table, pats, text), text


def test_start_and_end_slice_like_finditer(table):
    text = "He was killed. Police arrested two. Bombs exploded."
    assert [t.text for t in table.find(text, 15, 35)] == ["arrested"]
    assert [t.text for t in table.find(text, 0, 11)] == ["kill"]  # the end cuts the word: 'kill' is a whole word there
    assert [t.text for t in table.find(text, 0, 10)] == []  # 'kil' is none
    assert [t.text for t in table.find(text, 7, 13)] == ["killed"]
    assert [t.text for t in table.find(text, 8)] == ["arrested", "Bombs", "exploded"]  # 'illed' is not a word start
    assert [t.start for t in table.find(text, 7)] == [7, 22, 36, 42]


def test_first_row_wins_where_several_match(table):
    lex = lexicon(["shot", "shot dead", r"sho\w+"])
    for text in ("shot dead", "shots fired", "shot"):
        assert found(lex, text) == one_regex(lex, ["shot", "shot dead", r"sho\w+"], text)
    assert [t.rule.family for t in lex.find("shot dead")] == ["f0"]  # 'shot' then ' dead' is no word
    assert [t.rule.family for t in lex.find("shots")] == ["f2"]


PATTERNS = [
    r"(?:hand )?grenades?|ax",  # an optional first word; a two-letter row
    r"\w+ly (?:killed|shot)",  # beginning with any word character
    r"(?:the |a )?(?:[\w'’-]+ ){0,2}bombs?",  # classes, counted repeats
    r"k",  # one letter
    r"[^x]ab",  # a negated class: may begin with anything
    r".{2}c",  # any character
    r"(?=s)shot|\bstab",  # zero-width parts
    r"ſunk|\u212aaput|İst",  # odd letters written in the pattern itself
    r"(?i:TORCHED)|(?-i:Burnt)",  # local flags
    r"(?:ab|a)(?:c|bc)d",  # the same beginning more than one way
    r"x{0}yy|z{3,}",  # a part repeated nothing at all, a part repeated without bound
    r"(?>atomic)|poss*+e",  # atomic group, possessive repeat
    r"’em|-dash|\.\.\.",  # rows that begin with punctuation
    r"\d+ (?:dead|killed)",
]


def random_text(rng: random.Random) -> str:
    words = ["hand", "grenade", "grenades", "ax", "badly", "killed", "shot", "the", "a", "bomb", "bombs", "k", "xab",
             "yab", "abc", "xxc", "shot", "stab", "ſunk", "sunk", "Kaput", "\u212aAPUT", "ist", "İst", "torched",
             "burnt", "Burnt", "abcd", "acd", "abbcd", "yy", "zzz", "zz", "atomic", "posse", "possse", "’em", "-dash",
             "...", "12", "3", "dead", "ſ", "\u212a", "i\u0307", "é", "’", "-", "x"]
    seps = [" ", " ", " ", "-", ".", ",", "'", "’", "", "\n"]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(1, 12)))


def test_same_matches_as_one_regex_on_varied_rows():
    lex = lexicon(PATTERNS)
    assert lex._starts is not None  # the shortcut is in use for these rows
    rng = random.Random(7)
    for _ in range(10000):
        text = random_text(rng)
        a = rng.randrange(-1, len(text) + 2)
        b = rng.randrange(-1, len(text) + 2)
        assert found(lex, text) == one_regex(lex, PATTERNS, text), text
        assert found(lex, text, a, b) == one_regex(lex, PATTERNS, text, a, b), (text, a, b)
        assert found(lex, text, a) == one_regex(lex, PATTERNS, text, a), (text, a)


@pytest.mark.parametrize("odd_row", [r"(a)b\1", r"(?P<x>ab)", r"(?:ab)?", r"x*"])
def test_rows_the_shortcut_cannot_take_fall_back_to_one_regex(odd_row):
    patterns = ["killed", odd_row, "shot"]
    lex = lexicon(patterns)
    assert lex._starts is None
    for text in ("he was killed", "abab shot", "x killed", "", "b killed ab"):
        assert found(lex, text) == one_regex(lex, patterns, text)


def test_table_rows_on_random_words(table):
    """The real table on strings of its own words with odd letters, cut at random places."""
    words = sorted({w for p in table._parts for w in re.findall(r"[A-Za-z]{2,}", p)})
    odd = ["ſ", "\u212a", "İ", "ı", "\u0301", "’", "-", "‐", " ", ".", "S", "K"]
    patterns = table_patterns(table)
    rng = random.Random(11)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randrange(1, 10)):
            w = rng.choice(words)
            if rng.random() < 0.3:
                i = rng.randrange(len(w))
                w = w[:i] + rng.choice(odd) + w[i + 1:]
            parts.append(w.upper() if rng.random() < 0.1 else w)
            parts.append(rng.choice([" ", " ", "-", ", ", ". "]))
        text = "".join(parts)
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert found(table, text, a, b) == one_regex(table, patterns, text, a, b), (text, a, b)
