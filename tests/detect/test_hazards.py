"""Harm no one inflicted (disasters, accidents, disease) is no event; harm told inside an attack stays the attack's.

Texts written by us.  CASE 2021 asks for "no event" on NATURAL_DISASTER and MAN_MADE_DISASTER texts, and ACLED
codes none of them.
"""

from __future__ import annotations

import pytest

import khabar
from khabar.detect.hazards import accidental, violent_means

PUB = "2024-03-06"


@pytest.mark.parametrize("text", [
    "A magnitude 6.1 earthquake killed at least 300 people in the mountains south of Herat on Saturday.",
    "Floods triggered by days of torrential rain have killed 41 people in Assam, officials said on Monday.",
    "A fire at a garment factory on the outskirts of Dhaka killed 14 workers on Tuesday, fire officials said.",
    "A bus carrying pilgrims plunged into a gorge in Himachal Pradesh on Monday, killing 18 passengers.",
    "A gas cylinder exploded in a restaurant kitchen in Lahore on Sunday, injuring seven people.",
    "A cholera outbreak has killed 23 people in Borno state since last week, health officials said.",
    "Eleven people were killed when a five-storey building collapsed in Lagos on Monday.",
    "Lightning strikes killed nine farmers in Bihar on Tuesday.",
    "A stampede at a temple festival in Andhra Pradesh killed six devotees on Sunday.",
    "A petrol tanker exploded after colliding with a bus near Kaduna on Monday, killing 31 people.",
    "A methane blast ripped through a coal mine in Zonguldak on Tuesday, killing 12 miners.",
    "Tons of ammonium nitrate stored at a depot exploded in Chittagong on Monday, killing 40 people.",
    "Pyrotechnics set fire to the roof of a crowded club in Bucharest on Friday, killing 27 people.",
    "A footbridge crowded with pilgrims collapsed into a canal in Patna on Monday, killing 22 people.",
    "A fire tore through a shoe factory in Karachi on Tuesday, killing 19 workers.",
    "Mount Merapi sent a column of ash over nearby villages on Sunday, killing five people.",
    # and what the text tells afterwards of the same disaster
    "A powerful earthquake struck eastern Turkey on Monday. The death toll rose to 1,200 on Tuesday, and 3,000 "
    "people were injured.",
])
def test_disasters_accidents_and_disease_are_no_event(text):
    assert khabar.read(text, published=PUB).events == []


@pytest.mark.parametrize("text, sub_event_type", [
    # a means or an agent of violence in the same sentence
    ("Militants opened fire on a bus in Kashmir on Sunday, which then plunged into a gorge, killing nine pilgrims.",
     "Attack"),
    ("A fire broke out at the market after a bomb exploded there on Monday, killing six people.",
     "Remote explosive/landmine/IED"),
    ("Rebels shot down an army helicopter, which crashed near Gao on Monday, killing four soldiers.", None),
    ("Gunmen set fire to a hotel in Kano on Monday, killing three guests.", "Attack"),
    ("Arsonists started a fire at a Jewish school in Paris on Monday, injuring a caretaker.", None),
])
def test_violence_with_a_hazard_word_stays_an_event(text, sub_event_type):
    doc = khabar.read(text, published=PUB)
    assert doc.events
    if sub_event_type is not None:
        assert doc.events[0].sub_event_type == sub_event_type


def test_harm_told_after_the_attack_is_the_attacks():
    # the second sentence names a collapse and no weapon: it still tells of the bombing's victims
    doc = khabar.read("A car bomb exploded outside a police station in Quetta on Monday, killing four policemen. "
                      "Seven more people were injured when a wall of the station collapsed.", published=PUB)
    assert len(doc.events) == 1
    assert doc.events[0].totals() == {"killed": 4, "injured": 7}


def test_blasts_count_as_violence_unless_the_text_says_what_blew_up():
    assert violent_means("An explosion tore through a market in Kabul.")
    assert not violent_means("A gas cylinder explosion tore through a restaurant in Kabul.")
    assert accidental("A boiler explosion at a textile mill in Faisalabad killed five workers.")
    assert not accidental("A bomb explosion at a textile mill in Faisalabad killed five workers.")


@pytest.mark.parametrize("text", [
    "Police foiled a bid to storm the party office on Monday.",  # a verb, not the weather
    "An exchange of fire broke out between the two groups on Monday.",
    "Troops killed 12 insurgents in a lightning raid on Monday.",
    "The violence followed the outbreak of clashes between the two communities.",
    "Police detained an opposition leader in Kampala for breaking coronavirus rules on Monday.",
])
def test_words_that_only_look_like_hazards(text):
    assert not accidental(text)


def test_a_claim_anywhere_makes_the_fire_an_attack():
    doc = khabar.read("A fire at a hotel in Izmir killed nine guests on Monday. An electrical fault was first blamed, but "
                      "the Revolutionary People's Liberation Party-Front later claimed responsibility.", published=PUB)
    assert len(doc.events) == 1 and doc.events[0].totals()["killed"] == 9


@pytest.mark.parametrize("phrase", [
    "aftershock", "flash floods", "landslip", "cold snap", "bush fire", "torrential rains", "capsized", "plane crash",
    "mining disaster", "boat mishap", "bus tragedy", "derailment", "fell into a gorge", "roof collapses",
    "collapse of the bridge", "short-circuit", "firecracker factory", "coal dust explosion", "gas leak",
    "a huge blaze in a", "electrocuted", "covid-19", "spurious liquor", "snakebites", "leopard attacks", "cardiac arrest",
])
def test_hazard_phrases(phrase):
    assert accidental(f"Officials said that the {phrase} killed six people on Monday.")
