"""GTD-style incident summaries: the phenomena of a coded summary, one per case, in sentences written by us.

The whole toll of one incident (victims and attackers), its injured, the attack type in GTD's scheme, and the
first-level division the text gives for the place.
"""

from __future__ import annotations

import pytest

from khabar.eval import schemes
from khabar.eval.run import Scorer, primary_event, toll
from khabar.pipeline import Reader

_RULES = Reader(learned=False)
_SCORER = Scorer(_RULES)


def _read(text):
    doc = _RULES.read(text, published="2015-04-02", check_language=False)
    ev = primary_event(doc)
    assert ev is not None, text
    return doc, ev


@pytest.mark.parametrize("text, killed, injured", [
    # stop 26 (gtd_probe34): the other victim injured, then the assailant wounded in the same sentence: both
    ("An assailant stabbed two civilians at a bus stop near Ariel, West Bank. One of the victims was killed and the "
     "other was injured; the assailant was shot and wounded by soldiers.", 1, 2),
    # "Both died." alone, after the two men the crowd set on fire
    ("Residents of Tula, Hidalgo, Mexico, pulled two men out of the police station, beat them and set them on fire. "
     "Both died.", 2, None),
    # a member of a council and one of his bodyguards: two
    ("A member of the Kirkuk provincial council and one of his bodyguards were killed when gunmen ambushed his car in "
     "Tikrit, Iraq. Another guard was wounded.", 2, 1),
    ("A suicide bomber detonated his explosives near a police checkpoint in Peshawar, Pakistan, killing five policemen "
     "and wounding 23 other people. The bomber also died.", 6, 23),
    ("Suspected LTTE militants shot dead 11 villagers working in paddy fields near Batticaloa, Sri Lanka. Two others "
     "survived with gunshot wounds.", 11, 2),
    ("Guerrillas attacked a farmhouse near Mrewa, Rhodesia, killing a white farmer and his farm foreman.", 2, None),
    # "displaced" as the victims' adjective
    ("Assailants stormed a displacement camp near Fataki, Ituri, Democratic Republic of the Congo; 18 displaced people "
     "were hacked to death.", 18, None),
    # caught, then killed by a crowd; two bullocks count no one
    ("A suspected thief was caught and burned to death by a crowd in Beni, Nord-Kivu, Democratic Republic of the "
     "Congo.", 1, None),
    ("A man transporting two bullocks was dragged from his vehicle and beaten to death by villagers in Sultanpur, "
     "Uttar Pradesh, India.", 1, None),
    # a count in quotation marks: "2 assailants were 'neutralised'"
    ("Militants ambushed an army convoy near Boni, Mopti, Mali. The army said 5 soldiers were killed and that 2 "
     "assailants were 'neutralised'.", 7, None),
    # the count and what its people belong to, with an "including" aside: the whole, not the part
    ("Gunmen opened fire on a wedding party in Jalalabad, Nangarhar province, Afghanistan. Six members of the groom's "
     "family, including three women, were killed and two others were injured.", 6, 2),
    # "a total of" the toll of this one incident is no tally over a period
    ("A car bomb exploded outside a courthouse in Quetta, Balochistan province, Pakistan. A total of 31 people were "
     "killed and about 90 others were injured in the blast.", 31, 90),
    # hostages and both attackers killed: all of them
    ("Gunmen seized a hotel in Sousse, Tunisia, and took 40 guests hostage. Security forces stormed the building; "
     "twelve hostages and both gunmen were killed and nine others were injured.", 14, 9),
    # the bomber told aside is no one injured
    ("A suicide bomber detonated an explosive belt at a bus stop in Haifa, Israel. Seven people were killed, in "
     "addition to the bomber, and 30 others were injured in the blast.", 8, 30),
    # a participle after the count: "one soldier guarding the convoy"
    ("Assailants abducted three engineers on a road near Kidal, Mali. One soldier guarding the engineers was killed "
     "in the attack.", 1, None),
    # a count and a bare plural joined: "soldiers and policemen"
    ("Militants attacked a checkpoint near Arish, North Sinai, Egypt. Eleven soldiers and policemen were killed.",
     11, None),
    # "several of the victims" are of the dead already counted
    ("Assailants armed with knives attacked a village near Beni, North Kivu, Democratic Republic of the Congo. "
     "Nine villagers were killed, and several of the victims were mutilated and beheaded.", 9, None),
    # a title with a bracketed abbreviation before the role
    ("Assailants shot and killed a Social Democratic Party (SDP) municipal councillor outside his home in Durres, "
     "Albania.", 1, None),
    # a list of counts with a serial comma, the attackers last: all of them (a first count larger than the rest is
    # no whole of its parts unless they add up to it)
    ("Gunmen stormed a restaurant in Bamako, Mali. Eight civilians, two police officers, and three assailants were "
     "killed, and 14 people were injured.", 13, 14),
    ("Gunmen stormed a bank in Kirkuk, Iraq, and took employees hostage. Four guards, three hostages, and both gunmen "
     "were killed.", 9, None),
    # a count joined to "passersby"
    ("A car bomb exploded as an army truck passed through Bilbao, Spain. Nobody was killed, but 9 soldiers and "
     "passersby were injured.", 0, 9),
    # the hospitalised are the injured
    ("Assailants released a toxic substance into a classroom at a girls' school in Kunduz city, Kunduz province, "
     "Afghanistan. About 80 pupils and teachers were hospitalized after falling ill.", None, 80),
    # a singular and a count joined: one more than the count
    ("Assailants attacked a mosque in Tillaberi, Niger. The imam and four worshippers were killed and two others "
     "were injured.", 5, 2),
    # beheading is killing
    ("Assailants raided a village in Ancuabe district, Cabo Delgado province, Mozambique, beheading three residents "
     "and wounding two others.", 3, 2),
    # a named person hacked to death: one
    ("Assailants hacked to death Rahim Uddin, a blogger, near his home in Dhaka, Bangladesh.", 1, None),
    # killed with one of the companions
    ("Assailants shot and killed Ramesh Kumar, a village council head, along with one of his guards, in Gaya, Bihar, "
     "India.", 2, None),
])
def test_gtd_summary_tolls(text, killed, injured):
    _, ev = _read(text)
    assert toll(ev, "killed") == killed
    assert toll(ev, "injured") == injured


@pytest.mark.parametrize("text, attack_type", [
    # chemical means, no bomb: GTD's unarmed assault
    ("Assailants released a toxic substance into a classroom at a girls' school in Kunduz city, Kunduz province, "
     "Afghanistan. About 80 pupils and teachers were hospitalized after falling ill.", "Unarmed Assault"),
    # hostages held in the shopping mall or the church the attackers went into: a barricade incident
    ("Gunmen armed with rifles stormed a shopping mall in Mombasa, Kenya, and held dozens of hostages inside for two "
     "days.", "Hostage Taking (Barricade Incident)"),
    ("Two assailants entered a chapel in Lyon, France, during a service and took four worshippers hostage.",
     "Hostage Taking (Barricade Incident)"),
    ("Assailants detonated a truck bomb at the gate of a compound in Kabul, Afghanistan, before storming the "
     "guesthouse inside and holding aid workers hostage.", "Hostage Taking (Barricade Incident)"),
    # a car driven into people is an unarmed assault though the police then shot the driver
    ("An assailant drove a car into pedestrians at a market in Nice, France. Two people were injured before the "
     "assailant was shot and wounded by police.", "Unarmed Assault"),
    # a poisoned water supply
    ("Assailants poisoned the water tank of a girls' school in Kunduz city, Kunduz province, Afghanistan. About 40 "
     "pupils were hospitalized.", "Unarmed Assault"),
])
def test_gtd_attack_type_rules(text, attack_type):
    doc, ev = _read(text)
    assert schemes.gtd_attack_type_rules(ev, doc) == attack_type


@pytest.mark.parametrize("text, admin1, admin2", [
    # the province the text gives after a district the gazetteer places elsewhere (or lacks) holds the place
    ("Assailants abducted two teachers in Qarabagh district, Ghazni province, Afghanistan.", "Ghazni", None),
    # a province (the gazetteer's second level) the text gives for a city
    ("An explosive device detonated at a market in Davao City, Davao del Sur province, Philippines.", "Davao",
     "Davao del Sur"),
])
def test_the_division_the_text_gives(text, admin1, admin2):
    _, ev = _read(text)
    assert ev.place.admin1 == admin1
    if admin2:
        assert ev.place.admin2 == admin2


def test_a_name_written_in_a_chain_is_that_place_throughout():
    # "the Vail ski resort" first, "Vail, Colorado" later: one Vail, Colorado's
    _, ev = _read("Assailants set fire to a lodge at the Vail ski resort near Vail, Colorado, United States.")
    assert ev.place.admin1 == "Colorado"


@pytest.mark.parametrize("text, gold", [
    # GTD's first level in the Philippines is the province (the gazetteer's second)
    ("Gunmen shot and killed a village chief in Patikul, Sulu province, Philippines.", "Sulu"),
    # a province written by its capital's name, or without its Arabic prefix
    ("Gunmen shot and killed a judge in Giza, Egypt.", "Giza"),
    ("A bomb exploded near a police station in Banha, Egypt.", "Qalyubia"),
    # an English name of a French region of 2016
    ("Assailants set fire to a mosque in Rouen, France.", "Normandy"),
])
def test_gtd_admin1_names(text, gold):
    _, ev = _read(text)
    assert _SCORER._same_admin1(gold, ev, "gtd"), ev.place
    assert not _SCORER._same_admin1("Nowhere Province", ev, "gtd")


@pytest.mark.parametrize("text, sub, country", [
    # a tally in an appositive of the place is no tally of the act
    ("A bomb exploded on a minibus bound for Ambon, the scene of sectarian violence over the past three years.",
     "Remote explosive/landmine/IED", "ID"),
    # shots fired from somewhere at something
    ("Unidentified men fired from a passing van at a diplomatic car in Amman.", "Attack", "JO"),
    # mines discovered and disarmed
    ("Police sappers found and disarmed three mines buried beside a railway line near Tbilisi.",
     "Disrupted weapons use", "GE"),
    # "a total of" a weight is no tally over a period
    ("Two bombs weighing a total of 40 kg were defused at a barracks in Hamburg.", "Disrupted weapons use", "DE"),
    # the bodies of the killed brought to a morgue
    ("The bodies of four civilians arrived at the Baquba hospital morgue.", "Attack", "IQ"),
    # a fire lit behind a building
    ("A fire was lit behind a bank branch in Yala, damaging two cash machines.", "Looting/property destruction", "TH"),
])
def test_incident_descriptions(text, sub, country):
    _, ev = _read(text)
    assert ev.sub_event_type == sub
    assert ev.place is not None and ev.place.iso == country


# -- stop 25 (gtd_probe31) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso, admin1", [
    # a chain ending in a name that is a country and a US state: the country its links lie in
    ("An explosive device detonated near a police post outside Kutaisi, Imereti region, Georgia.", "GE", "Imereti"),
    # a town of the same name in another province is not the one the chain names
    ("Assailants abducted two fishermen off Pata Island, Sulu province, Philippines.", "PH",
     "Autonomous Region in Muslim Mindanao"),
])
def test_chains_stop25(text, iso, admin1):
    _, ev = _read(text)
    assert ev.place.iso == iso and ev.place.admin1 == admin1
