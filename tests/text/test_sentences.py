"""khabar.text.sentences: sentence boundaries, offsets and paragraphs on news copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


CASES = [
    # titles and ranks
    ("Lt. Col. Ahmed Khan said the attack began at dawn. Troops returned fire.",
     ["Lt. Col. Ahmed Khan said the attack began at dawn.", "Troops returned fire."]),
    ("Gen. Asim Munir and Maj. Gen. Ahmed met Capt. Ali. They spoke.",
     ["Gen. Asim Munir and Maj. Gen. Ahmed met Capt. Ali.", "They spoke."]),
    ("Mr. and Mrs. Smith met Dr. Jones at St. Mary's. They left.",
     ["Mr. and Mrs. Smith met Dr. Jones at St. Mary's.", "They left."]),
    ("Gov. Brown, Sen. Lee and Rep. Diaz condemned it. The vote is Monday.",
     ["Gov. Brown, Sen. Lee and Rep. Diaz condemned it.", "The vote is Monday."]),
    ("He lives on St. Mark's Road. It burned.", ["He lives on St. Mark's Road.", "It burned."]),
    # numbers
    ("The blast hit house No. 12 in the old city. Five died.",
     ["The blast hit house No. 12 in the old city.", "Five died."]),
    ("Some 1.5 million people fled. Aid agencies said 2.3 percent were children.",
     ["Some 1.5 million people fled.", "Aid agencies said 2.3 percent were children."]),
    ("He was killed in 2002. The case was closed.", ["He was killed in 2002.", "The case was closed."]),
    # acronyms
    ("He lives in the U.S. The U.N. said many fled.", ["He lives in the U.S.", "The U.N. said many fled."]),
    ("The U.S. Embassy and the U.N. mission closed. Staff left.",
     ["The U.S. Embassy and the U.N. mission closed.", "Staff left."]),
    # times and dates
    ("The attack began at 10 p.m. on Tuesday and ended at 2 a.m. Wednesday. Nine died.",
     ["The attack began at 10 p.m. on Tuesday and ended at 2 a.m. Wednesday.", "Nine died."]),
    ("It happened on Jan. 5 and again on Feb. 12. In Sept. 2001 it began.",
     ["It happened on Jan. 5 and again on Feb. 12.", "In Sept. 2001 it began."]),
    # companies and Latin
    ("Acme Inc. and Smith Co. Ltd. sold arms. The firms denied it.",
     ["Acme Inc. and Smith Co. Ltd. sold arms.", "The firms denied it."]),
    ("Weapons, e.g. rifles, i.e. AK-47s, were seized in the Army vs. rebels fight. Nobody was hurt.",
     ["Weapons, e.g. rifles, i.e. AK-47s, were seized in the Army vs. rebels fight.", "Nobody was hurt."]),
    # initials
    ("J. K. Rowling and George W. Bush were not there. It rained.",
     ["J. K. Rowling and George W. Bush were not there.", "It rained."]),
    # quotes
    ('"We will fight," he said. "We will win." Then he left.',
     ['"We will fight," he said.', '"We will win."', "Then he left."]),
    ("\u201cWe will fight to the end.\u201d The crowd cheered.",
     ["\u201cWe will fight to the end.\u201d", "The crowd cheered."]),
    ('"Why?" he asked. "Stop!" Smith shouted. Then silence.',
     ['"Why?" he asked.', '"Stop!" Smith shouted.', "Then silence."]),
    # datelines
    ("QUETTA, Pakistan (AP) \u2014 Gunmen killed five people on Monday. Police said the attackers fled.",
     ["QUETTA, Pakistan (AP) \u2014 Gunmen killed five people on Monday.", "Police said the attackers fled."]),
    ("KABUL (Reuters) - A bomb exploded near a mosque. No one was hurt.",
     ["KABUL (Reuters) - A bomb exploded near a mosque.", "No one was hurt."]),
    ("ARGENTINA.  The second floor of the U.S. embassy residence was struck.",
     ["ARGENTINA.  The second floor of the U.S. embassy residence was struck."]),
    # ellipsis, question, exclamation
    ("Wait... what happened? It exploded! Nobody knew why\u2026 Police came.",
     ["Wait... what happened?", "It exploded!", "Nobody knew why\u2026", "Police came."]),
    # lower-case (IPE) text
    ("lucknow: the committee has sought a ban. holding a meeting on saturday, dr. jilani said it was wrong. "
     "about 60 members came.",
     ["lucknow: the committee has sought a ban.", "holding a meeting on saturday, dr. jilani said it was wrong.",
      "about 60 members came."]),
    ("the police reached the spot at 5 p.m. and lt. col. singh took charge. the curfew continues.",
     ["the police reached the spot at 5 p.m. and lt. col. singh took charge.", "the curfew continues."]),
    ("community members.\u201cbut the demand was dropped,\u201d said the convenor. the meeting ended.",
     ["community members.", "\u201cbut the demand was dropped,\u201d said the convenor.", "the meeting ended."]),
    # upper-case (MUC) text
    ("THE ARCE BATTALION REPORTED THAT 50 PEASANTS WERE KIDNAPPED. GEN. PONCE SAID THE U.S. EMBASSY WAS CLOSED. "
     "THE SOURCE ADDED THAT NO. 4 WAS HIT.",
     ["THE ARCE BATTALION REPORTED THAT 50 PEASANTS WERE KIDNAPPED.", "GEN. PONCE SAID THE U.S. EMBASSY WAS CLOSED.",
      "THE SOURCE ADDED THAT NO. 4 WAS HIT."]),
    ("MILITARY DETACHMENT NO.4 REPORTED A CLASH. ONE TERRORIST WAS KILLED.",
     ["MILITARY DETACHMENT NO.4 REPORTED A CLASH.", "ONE TERRORIST WAS KILLED."]),
    # missing space
    ("Local officials told The Himalayan Times.LBRC member Ram said it was fine.",
     ["Local officials told The Himalayan Times.", "LBRC member Ram said it was fine."]),
    ("Visit bbc.com for more. See www.dawn.com later.", ["Visit bbc.com for more.", "See www.dawn.com later."]),
    ("He flew to St.Petersburg and the U.S.A. The end.", ["He flew to St.Petersburg and the U.S.A.", "The end."]),
    # a semicolon before another source's account splits; one that lists does not
    ("The group claimed 25 dead; the army said six soldiers died. Two were hurt; three fled.",
     ["The group claimed 25 dead;", "the army said six soldiers died.", "Two were hurt; three fled."]),
    # a single sentence, no final punctuation
    ("Security forces arrested a militant in Sivasagar District on December 9",
     ["Security forces arrested a militant in Sivasagar District on December 9"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0][:30] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_index_and_paragraphs() -> None:
    text = ("Gunmen kill 5 in Quetta\n\nQUETTA, Pakistan (AP) \u2014 Gunmen killed five. Police said so.\n"
            "The army denied it.\n\n\nOfficials met on Tuesday.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Gunmen kill 5 in Quetta", "QUETTA, Pakistan (AP) \u2014 Gunmen killed five.", "Police said so.",
        "The army denied it.", "Officials met on Tuesday."]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2, 3]
    assert [s.index for s in sents] == [0, 1, 2, 3, 4]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_headline_on_its_own_line() -> None:
    sents = split_sentences("Bomb kills 12 in Kabul\nKABUL (Reuters) - A bomb killed 12 people on Monday.")
    assert [(s.text, s.paragraph) for s in sents] == [
        ("Bomb kills 12 in Kabul", 0), ("KABUL (Reuters) - A bomb killed 12 people on Monday.", 1)]


def test_hard_wrapped_wire_copy() -> None:
    text = (
        "SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARCE BATTALION COMMAND HAS REPORTED\n"
        "THAT ABOUT 50 PEASANTS OF VARIOUS AGES HAVE BEEN KIDNAPPED BY TERRORISTS\n"
        "OF THE FMLN IN SAN MIGUEL DEPARTMENT.  ACCORDING TO THAT GARRISON, THE\n"
        "KIDNAPPING TOOK PLACE ON 30 DECEMBER.\n"
        "   MEANWHILE, THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED\n"
        "DURING CLASHES YESTERDAY IN USULUTAN.\n"
    )
    sents = split_sentences(text)
    assert [s.paragraph for s in sents] == [0, 0, 1]
    assert sents[0].text.endswith("IN SAN MIGUEL DEPARTMENT.")
    assert sents[1].text == "ACCORDING TO THAT GARRISON, THE\nKIDNAPPING TOOK PLACE ON 30 DECEMBER."
    assert sents[2].text.startswith("MEANWHILE") and sents[2].text.endswith("USULUTAN.")


def test_single_newlines_separate_paragraphs_in_unwrapped_copy() -> None:
    text = "First paragraph here.\nSecond paragraph here.\nThird one."
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 2]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "."])
def test_degenerate_inputs(text: str) -> None:
    sents = split_sentences(text)
    assert all(s.text.strip() for s in sents)


_ALPHABET = st.sampled_from(list("abcXYZ .!?\"'\u201d\u201c\n\n  ,0123") + ["Mr.", "U.S.", "p.m.", "No. ", "..."])


@settings(max_examples=300)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_property(text: str) -> None:
    sents = split_sentences(text)
    covered = []
    prev_end = 0
    prev_par = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= prev_end
        assert s.paragraph >= prev_par
        prev_end, prev_par = s.end, s.paragraph
        covered.extend(range(s.start, s.end))
    # every non-whitespace character belongs to exactly one sentence
    non_space = [i for i, c in enumerate(text) if not c.isspace()]
    assert set(non_space) <= set(covered)
