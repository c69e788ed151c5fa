"""Attribution: who says what each sentence reports."""

import pytest

from khabar.reading.attribution import attribute, classify
from khabar.resolve.actors import ActorDictionary
from khabar.text.sentences import split_sentences


@pytest.fixture(scope="module")
def actors():
    return ActorDictionary.load()


def sources(text, actors):
    return attribute(text, split_sentences(text), actors)


@pytest.mark.parametrize("text, who, ctype", [
    ("Five soldiers were killed, according to a statement from the Baloch Liberation Army.", "Baloch Liberation Army", "armed_group"),
    ("Two people were killed in the blast, police said.", "police", "state"),
    ("Twelve people died, a doctor at the district hospital told Reuters.", "doctor", "medical"),
    ("The attackers fired at the crowd, witnesses said.", "witnesses", "witness"),
    ("At least 40 civilians were killed, the United Nations said in a statement.", "United Nations", "un_ngo"),
    ("The district governor said four policemen were wounded.", "district governor", "local_official"),
    ("The gunmen fled on motorcycles, a resident said.", "resident", "witness"),
])
def test_source_and_type(actors, text, who, ctype):
    (src,) = sources(text, actors)
    assert src is not None and who.lower() in src.text.lower()
    assert src.claimant_type == ctype
    assert text[src.span.start:src.span.end] == src.span.text


def test_reporter_voice_has_no_source(actors):
    assert sources("Gunmen killed two shopkeepers in Quetta on Monday.", actors) == [None]


def test_quote_carries_over_sentences(actors):
    text = ('"We killed 20 soldiers in the attack," the Taliban spokesman said in a statement. '
            '"Our fighters also destroyed three vehicles. More attacks will follow."')
    s = sources(text, actors)
    assert s[0] is not None and s[1] is not None and s[1].text == s[0].text


def test_anaphor_takes_the_last_source(actors):
    text = "The army said 12 militants were killed in the raid. It added that two soldiers were wounded."
    s = sources(text, actors)
    assert s[1] is not None and s[1].claimant_type == "state"


def test_responsibility_claim_is_marked(actors):
    text = "A bomb killed three people. The Pakistani Taliban claimed responsibility in a statement."
    s = sources(text, actors)
    assert s[1] is not None and s[1].responsibility


@pytest.mark.parametrize("words, ctype", [
    ("Inter-Services Public Relations", "state"),
    ("the Red Cross", "un_ngo"),
    ("hospital officials", "medical"),
    ("local media", "media_own"),
    ("a source", "unknown"),
])
def test_classify(words, ctype):
    assert classify(words) == ctype
