"""ACLED's actor 1 and the reading behind it: one phenomenon per case, in notes written by us."""

from __future__ import annotations

import pytest

from khabar.eval.run import Scorer, primary_event
from khabar.pipeline import Reader
from khabar.resolve.actors import ActorDictionary

PUB = "2024-03-06"
_RULES = Reader(learned=False)
_SCORER = Scorer(_RULES)


def _event(text):
    doc = _RULES.read(text, published=PUB, check_language=False)
    ev = primary_event(doc)
    assert ev is not None, text
    return ev


def _same(a, b):
    return a is not None and ActorDictionary.load().same_actor(a, b)


ACTOR1 = [
    # a group followed by a noun the state's forces also use is the group
    ("On 2 March 2024, RSF soldiers looted shops and burned homes in Tawila (Tawila, North Darfur).",
     "RSF: Rapid Support Forces"),
    ("On 4 March 2024, Houthi troops shelled government positions near Hays (Hays, Al Hudaydah), killing 2 soldiers.",
     "Houthis"),
    # a branch of the Islamic State named as ACLED names it
    ("On 5 March 2024, Islamic State (West Africa) fighters abducted 6 farmers near Gubio (Gubio, Borno).",
     "Islamic State (West Africa)"),
    ("On 5 March 2024, an Islamic State (Khorasan) suicide bomber blew himself up at a market in Jalalabad "
     "(Jalalabad, Nangarhar), killing 9 people.", "Islamic State (Khorasan)"),
    # an ally in an aside is not the actor
    ("On 1 March 2024, Malian forces, supported by foreign mercenaries, retook Kidal town (Kidal, Kidal) "
     "from rebels who had withdrawn.", "Military Forces of Mali (2021-)"),
    ("On 1 March 2024, the Ethiopian army, alongside Amhara militiamen, captured Sekota (Sekota, Amhara) after "
     "heavy fighting.", "Military Forces of Ethiopia (2018-)"),
    # a state's weapon names its forces
    ("On 3 March 2024, a US airstrike hit an Al Shabaab camp near Bulo Burte (Bulo Burto, Hiraan), killing 5 militants.",
     "Military Forces of the United States (2021-)"),
    ("On 3 March 2024, a Nigerian Air Force jet mistakenly bombed a wedding in Rann (Kala/Balge, Borno), killing 12 "
     "civilians.", "Military Forces of Nigeria (2023-)"),
    ("On 6 March 2024, Tajik security services arrested 4 suspected militants in Khujand (Khujand, Sughd).",
     "Military Forces of Tajikistan"),
    # the first party of an agreement, and a state named as ACLED names it
    ("On 6 March 2024, the Government of the Philippines and the MNLF signed a peace deal in Davao (Davao City, "
     "Davao Region).", "Government of the Philippines (2022-)"),
    ("On 7 March 2024, the Sudanese army and the RSF agreed to a three-day truce in Jeddah.",
     "Military Forces of Sudan (2019-)"),
    # force on protesters: ACLED's actor 1 is the protesters
    ("On 8 March 2024, security forces fired live ammunition on peaceful anti-government demonstrators in "
     "Omdurman (Omdurman, Khartoum), killing 4.", "Protesters (Sudan)"),
    ("On 8 March 2024, police fired on students demanding fee cuts in Rangpur (Rangpur), killing one.",
     "Protesters (Bangladesh)"),
    # the main clause's subject when the fight follows from its act
    ("On 2 March 2024, BLA militants attacked a Levies post in Turbat (Kech, Balochistan), triggering a gunfight that "
     "lasted an hour. 2 personnel were killed.", "BLA: Balochistan Liberation Army"),
    ("On 2 March 2024, JNIM fighters attacked an army camp near Djibo (Djibo, Soum), sparking heavy fighting.",
     "JNIM: Group for Support of Islam and Muslims"),
    # "frequented by" is another verb's agent
    ("On 4 March 2024, an Al Shabaab suicide bomber blew himself up at a restaurant frequented by soldiers in "
     "Beledweyne (Beledweyne, Hiraan), killing 5.", "Al Shabaab"),
    # two countries' forces named together: the first
    ("On 5 March 2024, Kenyan and Somali troops retook Bula Hawo (Bula Hawo, Gedo) from Al Shabaab.",
     "Military Forces of Kenya (2022-)"),
    # a crowd of dozens, and ordinary people killing by hand: rioters
    ("On 5 March 2024, dozens of Israeli settlers attacked the village of Turmus Ayya (Ramallah, West Bank), burning "
     "cars.", "Settlers (Israel)"),
    ("On 6 March 2024, villagers in Kisii (Kisii Central, Kisii) beat two suspected thieves to death.",
     "Rioters (Kenya)"),
    # a state's drone holding the trigger; a command named for its country's forces
    ("On 7 March 2024, a Turkish drone struck a car near Qandil (Rawanduz, Erbil), killing 3 suspected PKK members.",
     "Military Forces of Turkey (2002-)"),
    ("On 7 March 2024, US CENTCOM conducted an airstrike near Al Bukamal (Abu Kamal, Deir ez-Zor), killing 2 militants.",
     "Military Forces of the United States (2021-)"),
    # a group's capture of a base or headquarters is its taking of territory
    ("On 8 March 2024, CSP-PSD fighters took control of the army camp in Ber (Timbuktu, Timbuktu) after clashes.",
     "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
    # the regime's forces by the country the note is about
    ("On 4 March 2024, regime helicopters dropped barrel bombs on Kafr Zita (Muhradah, Hama), killing 3 civilians.",
     "Military Forces of Syria (2000-)"),
    ("On 4 March 2024, regime troops burned houses in Kani (Kani, Sagaing), killing 2 villagers.",
     "Military Forces of Myanmar (2021-)"),
    # a bomb by nobody the note names: an unidentified armed group
    ("On 9 March 2024, an army convoy hit an IED near Kidal (Kidal, Kidal). 3 soldiers were killed.",
     "Unidentified Armed Group (Mali)"),
    ("On 9 March 2024, a landmine planted on a rural road wounded 2 farmers in Tibu (Tibu, Norte de Santander).",
     "Unidentified Armed Group (Colombia)"),
]


@pytest.mark.parametrize(("text", "gold"), ACTOR1)
def test_acled_actor1(text, gold):
    got = _SCORER._actor1(_event(text))
    assert _same(got, gold), (got, gold)


def test_an_air_strike_by_nobody_named_has_no_actor1():
    assert _SCORER._actor1(_event("On 9 March 2024, an airstrike hit a market in Maarat (Maarat, Idleb), killing 6.")) is None


def test_a_convoy_that_hit_a_device_is_its_target_not_its_author():
    ev = _event("On 9 March 2024, a MINUSMA logistics convoy hit an IED near Tessalit (Tessalit, Kidal).")
    assert ev.perpetrator is None and ev.target is not None and ev.target.actor_type == 8


@pytest.mark.parametrize(("text", "canonical"), [
    ("the Government of the Philippines", "Government of Philippines"),
    ("the Armed Forces of Ukraine", "Military Forces of Ukraine"),
    # a group's name that ends like a state's is the group's
    ("the Revolutionary Armed Forces of Colombia", "Revolutionary Armed Forces of Colombia (FARC)"),
    ("PDF fighters", "People's Defence Force (Myanmar)"),
])
def test_state_bodies_named_with_their_country(text, canonical):
    found = ActorDictionary.load().find(f"On Monday {text} said so.")
    assert [m.entry.canonical for m in found] == [canonical]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("On 9 March 2024, Russian forces attacked Sumy (Sumy, Sumy) with Shahed-type drones, killing 2 civilians.",
     "Air/drone strike"),
    ("On 9 March 2024, Russian forces struck a school in Vovchansk (Chuhuiv, Kharkiv) with guided aerial bombs.",
     "Air/drone strike"),
    ("On 9 March 2024, a missile fired by Houthi forces struck a tanker off Mokha (Al Mukha, Taizz).",
     "Shelling/artillery/missile attack"),
    ("On 10 March 2024, the RSF took control of the 22nd Infantry Division headquarters in Babanusa (Babanusa, West "
     "Kordofan) after weeks of fighting.", "Non-state actor overtakes territory"),
])
def test_acled_sub_event_type(text, sub_event_type):
    assert _event(text).sub_event_type == sub_event_type


@pytest.mark.parametrize(("text", "killed"), [
    # a list of three, the describing comma never closed
    ("Gunmen fired on the car of judge Pedro Ortiz in Cali. Ortiz, his driver and a bodyguard were killed.", 3),
    # the closed apposition describes the first: two
    ("Pedro Ortiz, a local judge, and his driver were found dead in Cali after gunmen fired on their car.", 2),
    # another source's account after ", while": its own claimant; the army's count of its foes is a party's claim
    ("On 5 March 2024, Al Shabaab militants attacked an army base in Bulo Burte, sparking heavy fighting. The army "
     "claimed 20 militants were killed, while a local elder reported 7 dead on both sides.", 7),
    # nouns that name captives take the verb's kind in a coordination
    ("Gunmen stormed a hotel in Bamako and held guests hostage. Eleven hostages and a guard were killed.", 12),
    # a siege goes on into the next day: its deaths are the siege's
    ("On 3 March 2024, gunmen stormed a school in Kano and held pupils hostage overnight. Nine hostages were killed "
     "when soldiers stormed the building the next morning.", 9),
    # "both" attackers: two, beside the victims' count
    ("Two gunmen stormed a hotel in Bamako and held guests hostage. Nine hostages were killed; both gunmen also died "
     "when soldiers retook the building.", 11),
    # a named person who died, after a relative clause
    ("Gunmen shot the publisher Pedro Ortiz at his home in Cali. Ortiz, who had received threats from the group, "
     "died of his wounds.", 1),
])
def test_people_named_and_counted(text, killed):
    from khabar.eval.run import toll
    assert toll(_event(text), "killed") == killed


@pytest.mark.parametrize("text", [
    "Gunmen seized a school in Kano and held more than 1,100 people hostage for three days.",
    "Gunmen attacked a hotel in Bamako, holding guests hostage overnight until soldiers retook the building.",
])
def test_hostages_held_with_a_number_or_in_the_present(text):
    ev = _event(text)
    assert ev.sub_event_type == "Abduction/forced disappearance", (text, ev.sub_event_type)


def test_a_hijacking_is_placed_where_it_began():
    ev = _event("Gunmen hijacked an airliner shortly after it took off from Karachi, Pakistan, and forced it to land "
                "in Kabul.")
    assert ev.place is not None and ev.place.name == "Karachi"
    ev = _event("Two gunmen hijacked a flight shortly after departure from Athens and diverted it to Beirut.")
    assert ev.place is not None and ev.place.name == "Athens"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # the name again in the bracketed hierarchy: where the text places it, though the gazetteer knows another
    ("On 2 May 2024, the Arakan Army seized a police post in Pauktaw town (Pauktaw, Sittwe, Rakhine).", "Pauktaw",
     "Rakhine"),
    # a square's and a party's words are no towns
    ("A bomb went off in the Plaza de Castilla in Madrid on Monday, wounding two people.", "Madrid", "Madrid"),
    ("Gunmen opened fire at a Christmas party in Salvatierra (Salvatierra, Guanajuato), killing 5.", "Salvatierra",
     "Guanajuato"),
])
def test_places_written_in_acled_notes(text, name, admin1):
    ev = _event(text)
    assert ev.place is not None and (ev.place.name, ev.place.admin1) == (name, admin1), ev.place


@pytest.mark.parametrize(("text", "admin1"), [
    # ACLED's names of first-level divisions the gazetteer names otherwise (or by their older borders)
    ("On 2 March 2024, an Israeli drone struck a car in Naqoura (Tyre, South Lebanon), killing 1.", "South Lebanon"),
    ("On 2 March 2024, students marched in Jakarta (Jakarta Pusat, Jakarta) against fuel prices.", "Jakarta"),
    ("On 2 March 2024, police detained 12 protesters in Cairo (Cairo, Cairo).", "Cairo"),
])
def test_acled_admin1_names(text, admin1):
    assert _SCORER._same_admin1(admin1, _event(text))
