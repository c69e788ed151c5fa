"""The figure grammar: which number counts whom, one phenomenon per case."""

import pytest

from khabar.reading.figures import read_figures


def figs(text):
    return [(f.kind, f.low, f.high, f.qualifier, f.role) for f in read_figures(text, 0, len(text), 0) if not f.subset]


@pytest.mark.parametrize("text, expected", [
    # passive voice, coordination across groups, attackers kept apart
    ("Two villagers and five attackers were killed and four villagers and eight attackers were wounded in the fighting.",
     [("killed", 2, 2, "exact", "victim"), ("killed", 5, 5, "exact", "attacker"),
      ("injured", 4, 4, "exact", "victim"), ("injured", 8, 8, "exact", "attacker")]),
    # sums across groups are done by kind later; each group is read here
    ("three policemen died, three policemen were injured and thirty-nine civilians were injured.",
     [("killed", 3, 3, "exact", "victim"), ("injured", 3, 3, "exact", "victim"), ("injured", 39, 39, "exact", "victim")]),
    # active voice with the verb before the number
    ("Gunmen killed two policemen and injured three civilians.",
     [("killed", 2, 2, "exact", "victim"), ("injured", 3, 3, "exact", "victim")]),
    ("Insurgents have executed 214 Pakistani army captives, according to a statement.",
     [("killed", 214, 214, "exact", "victim")]),
    # qualifiers
    ("The blast killed at least nine people and wounded more than 20 others.",
     [("killed", 9, None, "at_least", "victim"), ("injured", 20, None, "more_than", "victim")]),
    ("Nearly 30 people were wounded.", [("injured", 30, 30, "about", "victim")]),
    ("Between 10 and 15 villagers were abducted.", [("abducted", 10, 15, "exact", "victim")]),
    # vague numbers
    ("Dozens of people were injured.", [("injured", 24, None, "vague", "victim")]),
    ("Hundreds of protesters were arrested.", [("arrested", 200, None, "vague", "victim")]),
    # rising toll
    ("The death toll rose to 15 on Tuesday.", [("killed", 15, 15, "exact", "unknown")]),
    # singular noun phrases count one
    ("A policeman was killed and two civilians were wounded.", [("killed", 1, 1, "exact", "victim"),
                                                                ("injured", 2, 2, "exact", "victim")]),
    ("Militants ambushed the convoy, killing a soldier.", [("killed", 1, 1, "exact", "victim")]),
    # negation gives zero, never nothing
    ("No one was killed in the blast.", [("killed", 0, 0, "exact", "unknown")]),
    ("The bomb exploded near a school but caused no casualties.", [("killed", 0, 0, "exact", "unknown"),
                                                                    ("injured", 0, 0, "exact", "unknown")]),
    # abductions, hostages, rescues, arrests, displacement
    ("Militants abducted 7 drivers and took 3 engineers hostage.", [("abducted", 7, 7, "exact", "victim"),
                                                                    ("abducted", 3, 3, "exact", "victim")]),
    ("Troops rescued 12 of the captives.", [("rescued", 12, 12, "exact", "victim")]),
    ("Police arrested 14 protesters.", [("arrested", 14, 14, "exact", "victim")]),
    ("The fighting displaced 3,000 families.", [("displaced", 3000, 3000, "exact", "victim")]),
    # numbers that count nothing of the kind
    ("The attack took place at 10 p.m. in 2016 on a road 5 km from the town.", []),
    ("A 25-year-old man was shot dead.", [("killed", 1, 1, "exact", "victim")]),
])
def test_figures(text, expected):
    assert figs(text) == expected


def test_subset_is_marked_and_not_added():
    text = "The bomb killed at least nine people, including four policemen, and wounded 23 others."
    fs = read_figures(text, 0, len(text), 0)
    nine, four = fs[0], fs[1]
    assert (nine.kind, nine.low, nine.subset) == ("killed", 9, False)
    assert (four.kind, four.low, four.subset) == ("killed", 4, True)


def test_offsets_point_at_the_number():
    text = "Officials said 12 people were killed."
    (f,) = read_figures(text, 0, len(text), 0)
    assert text[f.start:f.end] == "12"
    assert f.subject == "people"


def test_singular_half_of_a_coordination_counts_one():
    text = "A police officer and two attackers were killed in the clash."
    got = sorted((f.kind, f.low, f.role) for f in read_figures(text, 0, len(text), 0))
    assert got == [("killed", 1, "victim"), ("killed", 2, "attacker")]


@pytest.mark.parametrize("text, expected", [
    # the count given beside a count not given (ACLED notes write it so)
    ("7 soldiers and an unknown number of militants were killed.", [("killed", 7, 7, "exact", "victim")]),
    ("Three soldiers and a large number of rebels were wounded.", [("injured", 3, 3, "exact", "victim")]),
])
def test_a_count_beside_an_unknown_number(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the present tense of a short description ("kill three people and injure 264")
    ("Two explosions at a marathon kill three people and injure 264.",
     [("killed", 3, 3, "exact", "victim"), ("injured", 264, 264, "exact", "unknown")]),
])
def test_present_tense_of_short_descriptions(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "among the dead": a floor of that kind
    ("Eight civilians were among the dead.", [("killed", 8, None, "at_least", "victim")]),
    ("Three policemen were among those wounded.", [("injured", 3, None, "at_least", "victim")]),
])
def test_among_the_dead(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the attacker named after the victims is one more dead, an attacker
    ("A suicide bomber struck a police truck, killing 9 officers and the bomber.",
     [("killed", 9, 9, "exact", "victim"), ("killed", 1, 1, "exact", "attacker")]),
    ("4 soldiers and the attacker were killed.", [("killed", 4, 4, "exact", "victim"), ("killed", 1, 1, "exact", "attacker")]),
])
def test_and_the_attacker(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one person killed by hand, told with no number
    ("A mob dragged out a tourist and burned him to death.", [("killed", 1, 1, "exact", "victim")]),
    ("Vigilantes beat a Muslim man to death on Monday.", [("killed", 1, 1, "exact", "victim")]),
    ("Villagers beat a suspected thief on Monday.", []),
])
def test_one_killed_to_death(text, expected):
    assert figs(text) == expected


def test_nobody_is_no_one_named():
    # "Nobody" opens the sentence with a capital: no person's name
    assert figs("Nobody was killed, but nine soldiers were injured.") == [("killed", 0, 0, "exact", "unknown"),
                                                                        ("injured", 9, 9, "exact", "victim")]
