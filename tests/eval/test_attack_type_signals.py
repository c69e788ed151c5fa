"""The attack type's rule cues given to the typing model (``schemes.attack_type_signals``)."""

from __future__ import annotations

import pytest

from khabar.eval.schemes import attack_type_signals, typing_rule_tokens
from khabar.pipeline import Reader


@pytest.fixture(scope="module")
def rules() -> Reader:
    return Reader(learned=False)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a named victim introduced by an office no list holds: the model learns what the apposition is worth
    ("Gunmen opened fire on Tomas Herrera in Cali. Herrera, the owner of a local radio station, was killed.",
     {"s:named_object", "s:person_apposition"}, {"s:property"}),
    ("Gunmen opened fire on a police patrol in Cali, killing two officers.", set(),
     {"s:named_object", "s:person_apposition", "s:targeted_role"}),
    ("A bomb exploded targeting the convoy of the provincial governor in Herat.", {"s:targeted_role"},
     {"s:named_object"}),
    ("Rebels torched a school in Kivu.", {"s:property"}, {"s:named_object", "s:person_apposition"}),
])
def test_signals_follow_the_text(rules, text, present, absent):
    doc = rules.read(text, check_language=False)
    got = set(attack_type_signals(doc.events[0], doc))
    assert present <= got and not (absent & got)
    assert set(typing_rule_tokens(doc.events[0], doc)) >= got


def test_no_event_has_no_signals(rules):
    doc = rules.read("The minister visited Cali on Monday.", check_language=False)
    assert attack_type_signals(doc.events[0] if doc.events else None, doc) == []
