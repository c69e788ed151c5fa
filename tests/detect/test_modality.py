"""Specificity and modality of a trigger in its sentence."""

import pytest

from khabar.detect.modality import specificity, trigger_modality


def mod(sentence, trigger):
    return trigger_modality(sentence, sentence.index(trigger))


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Gunmen attacked a police post on Monday.", "attacked", "asserted"),
    ("The Taliban threatened to attack polling stations.", "attack", "threatened"),
    ("The group vowed to carry out more attacks.", "attacks", "threatened"),
    ("Protesters plan to march on parliament next week.", "march", "future"),
    ("Union leaders said they will hold a protest on Friday.", "protest", "future"),
    ("There was no attack on the convoy, officials said.", "attack", "negated"),
    ("The army denied that troops had shot the protesters.", "shot", "denied"),
    ("Officials said militants could attack the city.", "attack", "hypothetical"),
])
def test_modality(sentence, trigger, expected):
    assert mod(sentence, trigger) == expected


@pytest.mark.parametrize("sentence, trigger, noun, has_count, expected", [
    ("These operations have led to numerous human rights violations, including extrajudicial killings.",
     "killings", True, False, "generic"),
    ("Militants have killed 300 people this year.", "killed", False, True, "aggregate"),
    ("The killing of the hostages marks an escalation in a conflict that has plagued the region for decades.",
     "killing", True, False, "specific"),
    ("Gunmen shot dead two policemen on Monday.", "shot dead", False, True, "specific"),
    ("Bombings are frequent in the region.", "Bombings", True, False, "generic"),
    ("The executions of the 214 soldiers represent a dark chapter.", "executions", True, True, "specific"),
    # the plural head after the trigger noun: "bomb attacks" is as bare as "bombings"
    ("Rebels target teachers and monks in drive-by shootings, arson and bomb attacks.", "bomb", True, False, "generic"),
    ("A bomb attack on the market killed four people.", "bomb", True, True, "specific"),
    # a habit: "continue to ..." with a background cue
    ("The rebels continue to target officials in a campaign of intimidation and assassination.", "assassination", True,
     False, "generic"),
])
def test_specificity(sentence, trigger, noun, has_count, expected):
    assert specificity(sentence, sentence.index(trigger), trigger, noun, has_count) == expected
