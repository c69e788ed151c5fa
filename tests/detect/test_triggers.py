"""Trigger lexicon: words of political violence typed into the ontology."""

import pytest

from khabar.detect.triggers import TriggerLexicon
from khabar.ontology import SUB_EVENT_TYPES


@pytest.fixture(scope="module")
def lex():
    return TriggerLexicon.load()


def best(lex, text):
    ts = lex.find(text)
    return max(ts, key=lambda t: t.rule.priority).rule if ts else None


@pytest.mark.parametrize("text, family, sub", [
    ("A suicide bomber blew himself up at the gate.", "explosion", "Suicide bomb"),
    ("A drone strike hit a compound.", "explosion", "Air/drone strike"),
    ("Warplanes pounded rebel positions.", "explosion", "Air/drone strike"),
    ("A roadside bomb struck the convoy.", "explosion", "Remote explosive/landmine/IED"),
    ("Militants lobbed a hand grenade at the police station.", "explosion", "Grenade"),
    ("Artillery shelling hit the village.", "explosion", "Shelling/artillery/missile attack"),
    ("Troops and rebels clashed near the border.", "battle", "Armed clash"),
    ("Gunmen kidnapped five aid workers.", "abduction", "Abduction/forced disappearance"),
    ("Thousands of protesters marched through the capital.", "protest", "Peaceful protest"),
    ("Police arrested 14 suspects.", "arrest", "Arrests"),
    ("Rebels seized control of the town.", "territory", "Non-state actor overtakes territory"),
    ("The army recaptured the town.", "territory", "Government regains territory"),
    ("Bomb disposal experts defused the device.", "disrupted", "Disrupted weapons use"),
    ("A mob lynched two men.", "riot", "Mob violence"),
    ("The militants executed the hostages.", "attack", "Attack"),
])
def test_typing(lex, text, family, sub):
    rule = best(lex, text)
    assert rule is not None and (rule.family, rule.sub_event_type) == (family, sub)


@pytest.mark.parametrize("text", [
    "The minister opened a new hospital.",
    "Talks on the budget resumed on Monday.",
    "The skills of the team impressed everyone.",
])
def test_no_trigger(lex, text):
    assert lex.find(text) == []


def test_every_row_has_a_known_sub_event_type(lex):
    assert lex.rules and all(r.sub_event_type in SUB_EVENT_TYPES for r in lex.rules)


def test_offsets_are_absolute(lex):
    text = "Nothing here. Gunmen opened fire on a bus."
    (t,) = [t for t in lex.find(text, 14) if t.text == "opened fire"]
    assert text[t.start:t.end] == "opened fire"
