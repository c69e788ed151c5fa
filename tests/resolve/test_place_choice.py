"""Which place an event happened in: the evidence of the country (named countries, a dateline, unambiguous
places, the national armed groups of the text), names that are part of longer proper names, and names the
gazetteer only knows elsewhere.  Sentences written for these tests; GeoNames data, CC BY 4.0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from khabar.pipeline import Reader
from khabar.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.fixture(scope="module")
def rd():
    return Reader(learned=False)


def _names(gaz, text, **kw):
    return {t.text: t for t in gaz.geoparse(text, **kw)}


def _place(rd, text):
    doc = rd.read(text, published="2005-03-01", detect_headline=False, check_language=False)
    assert doc.events, text
    return doc.events[0].place


# -- evidence of the country ------------------------------------------------------------------------------

def test_a_country_name_that_a_small_town_also_bears_is_the_country(gaz):
    # "Iraq" is also a town in Iran; the text is about the country, which decides "Iskandariyah" (also a
    # name of Alexandria in Egypt)
    found = _names(gaz, "A car bomb went off in Iskandariyah. Car bombs are frequent in Iraq.")
    assert found["Iskandariyah"].entry.iso == "IQ"


def test_a_name_only_one_place_bears_is_evidence_of_its_country(gaz):
    found = _names(gaz, "A bomb exploded in Iskandariyah, thirty miles south of Baghdad.")
    assert found["Iskandariyah"].entry.iso == "IQ"


def test_a_country_dateline_weighs_the_candidates(rd):
    place = _place(rd, "PERU.  A bomb exploded outside the town hall of Trujillo, injuring two guards.")
    assert place.iso == "PE" and place.name == "Trujillo"


def test_the_national_armed_group_of_the_text_weighs_the_candidates(rd):
    # Rivera is a large town in Uruguay and a small one in Colombia
    place = _place(rd, "FARC guerrillas attacked the police station in Rivera, killing two officers.")
    assert place.iso == "CO" and place.name == "Rivera"


def test_an_armed_group_alone_does_not_remove_places_elsewhere(gaz):
    # the group's country weighs candidates but filters nothing: Jerusalem stays Jerusalem
    found = _names(gaz, "A suicide bomber blew himself up at a bus stop in Jerusalem.", hints={"PS": 2.0})
    assert found["Jerusalem"].entry.iso == "IL"


# -- names inside longer proper names -------------------------------------------------------------------

@pytest.mark.parametrize("text, not_a_place", [
    ("A bomb went off outside City Hall in Madrid.", "Hall"),
    ("A suicide bomber attacked the Provincial Police Center in Samarra.", "Center"),
    ("Gunmen killed Karim Ali Abdulla, a council member, in Basra.", "Abdulla"),
    ("Shots were fired across the Green Line near Tulkarm.", "Line"),
    ("A bomb exploded in the camp of Ain al-Hilweh near Sidon.", "Ain"),
])
def test_a_town_name_inside_a_longer_name_is_not_a_place(gaz, text, not_a_place):
    found = _names(gaz, text)
    assert not_a_place not in found
    assert any(t.entry.kind == "place" for t in found.values())  # the real place is still read


@pytest.mark.parametrize("text, place", [
    ("Gunmen opened fire on students at Baghdad University, killing one.", "Baghdad"),
    ("A parcel bomb exploded at the Madrid News offices.", "Madrid"),
    ("Rebels attacked a patrol on Grozny's Leninsky street.", "Grozny"),
    ("Kandahar Police said two officers were killed.", "Kandahar"),
])
def test_a_place_that_names_an_institution_stays_a_place(gaz, text, place):
    assert place in _names(gaz, text)


# -- names the gazetteer knows only elsewhere ------------------------------------------------------------

def test_a_name_known_only_abroad_in_a_place_slot_is_a_place_of_the_document_country(gaz):
    # Tarbes is a town in France; in a text about Iraq that puts it where a place goes, it is an Iraqi
    # place the gazetteer lacks
    text = "Gunmen opened fire on a police patrol in Tarbes, killing two. Attacks on police are common in Iraq."
    t = _names(gaz, text)["Tarbes"]
    assert t.entry.iso == "IQ" and t.precision == 2 and t.entry.lat is None


def test_a_name_known_only_abroad_outside_a_place_slot_is_dropped(gaz):
    text = "A bomb went off at the Tarbes Company offices in Mosul. Attacks on companies are common in Iraq."
    assert "Tarbes" not in _names(gaz, text)


def test_a_large_city_abroad_is_not_taken_for_a_local_place(gaz):
    text = "AUSTRIA.  As the airport in Rome was attacked, gunmen in Vienna tried to board a plane."
    found = _names(gaz, text, focus="AT")
    assert "Rome" not in found or found["Rome"].entry.iso == "IT"
    assert found["Vienna"].entry.iso == "AT"


# -- the place of an event whose own sentences name none ---------------------------------------------------

def test_a_later_sentence_that_says_where_it_happened(rd):
    text = ("Gunmen shot and killed two guards at a fuel depot. The attack occurred in Kirkuk, "
            "near the northern gate.")
    place = _place(rd, text)
    assert place is not None and place.name == "Kirkuk" and place.iso == "IQ"


def test_the_lead_sentence_names_the_place_of_an_event_told_later(rd):
    # the first sentence has no trigger of its own; the event is read in the second
    text = "A rocket was launched at a college in Basra. The attack killed two students."
    place = _place(rd, text)
    assert place is not None and place.name == "Basra"


def test_a_sentence_between_two_mentions_of_the_event_names_its_place(rd):
    text = ("A roadside bomb went off near a police patrol. The patrol was in Mosul on its way to Tal Afar. "
            "No casualties were reported in the attack. Attacks on police are common in Iraq.")
    place = _place(rd, text)
    assert place is not None and place.name == "Mosul"


def test_a_town_the_gazetteer_lacks_in_a_sentence_that_says_where_it_happened(rd):
    text = ("A checkpoint on Iraq's border with Syria was attacked. The incident took place in Khirbet Zawiya. "
            "Three guards were killed in the attack.")
    place = _place(rd, text)
    assert place is not None and (place.name, place.iso) == ("Khirbet Zawiya", "IQ")


def test_a_place_in_another_country_does_not_replace_the_dateline_country(rd):
    text = ("SPAIN.  Two police officers were killed by a car bomb. "
            "The explosives were bought in Toulouse, police said.")
    place = _place(rd, text)
    assert place is not None and place.iso == "ES"


# -- quarters, streets --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("A car bomb exploded in the Zahra neighborhood of western Baghdad, killing four.", "Baghdad"),  # Zahra: Libya
    ("Gunmen opened fire on a shop in the Qadimoor area of Mosul.", "Mosul"),  # in no gazetteer
    ("A grenade exploded in Kaboro area, Kabul city, Kabul province, Afghanistan.", "Kabul"),
    ("A grenade exploded in Zubirreta neighbourhood, Bujumbura, Burundi.", "Bujumbura"),
])
def test_a_quarter_the_gazetteer_lacks_gives_way_to_its_city(rd, text, city):
    assert _place(rd, text).name == city


def test_a_quarter_of_a_district_stays(gaz):
    found = _names(gaz, "Assailants attacked a checkpoint in Qadimoor area, Shindand district, Herat, Afghanistan.")
    assert "Qadimoor" in found


@pytest.mark.parametrize("text, street", [
    ("A roadside bomb struck a patrol on Palestine Street in eastern Baghdad.", "Palestine"),
    ("A bomb went off in Haifa Street, Baghdad, wounding three.", "Haifa"),
])
def test_a_town_name_before_street_is_a_street(gaz, text, street):
    found = _names(gaz, text)
    assert street not in found and "Baghdad" in found


# -- names the gazetteer lacks in the event's sentence ---------------------------------------------------

@pytest.mark.parametrize("name, iso, expected", [
    ("Baranquila", "CO", "Barranquilla"),     # a letter dropped
    ("Mahmoudiya", "IQ", "Al Maḩmūdīyah"),    # another transliteration, no article
    ("Kirkouk", "IQ", "Kirkuk"),
    ("Lubeck", "DE", "Lübeck"),
])
def test_tolerant_lookup_within_a_country(gaz, name, iso, expected):
    e = gaz.tolerant(name, iso)
    assert e is not None and e.name == expected and e.iso == iso


def test_tolerant_lookup_refuses_short_and_distant_names(gaz):
    assert gaz.tolerant("Bax", "CO") is None
    assert gaz.tolerant("Xyzzyplatz", "DE") is None


def test_a_misspelt_town_in_the_event_sentence_is_read_tolerantly(rd):
    place = _place(rd, "COLOMBIA.  A bomb exploded outside a bank in Baranquila, injuring two guards.")
    # the town of the gazetteer, under the name the text gives it (as for every place read)
    assert place.name == "Baranquila" and place.iso == "CO" and place.precision == 1
    assert place.admin1 == "Atlantico" and place.geonameid is not None


def test_an_unknown_name_in_the_place_slot_is_kept_as_written(rd):
    place = _place(rd, "SPAIN.  A bomb exploded outside the town hall in Zubirreta, injuring two guards.")
    assert place.name == "Zubirreta" and place.iso == "ES" and place.precision == 2 and place.lat is None


@pytest.mark.parametrize("text", [
    "SPAIN.  A bomb exploded in the Zubirreta radio station, injuring two guards.",
    "SPAIN.  A bomb exploded at the Zubirreta Hotel, injuring two guards.",
])
def test_a_name_that_qualifies_an_institution_is_no_town(rd, text):
    assert _place(rd, text).precision == 5


def test_a_town_in_the_place_slot_refines_an_inferred_country(rd):
    place = _place(rd, "FARC guerrillas blew up the town hall in Zubirreta, injuring two guards.")
    assert place.iso == "CO" and place.name == "Zubirreta" and place.precision == 2


def test_with_no_country_a_slot_name_is_read_against_towns_everywhere(rd):
    # another transliteration of a town of 10,000 people or more, wherever it is
    place = _place(rd, "A bomb exploded outside the town of Mahmoudiya, killing two guards.")
    assert place.iso == "IQ" and place.precision == 1


def test_with_no_country_an_unknown_slot_name_is_kept_without_a_country(rd):
    place = _place(rd, "Two men were shot dead outside a supermarket in Zubirreta.")
    assert place.name == "Zubirreta" and place.iso is None and place.precision == 2


@pytest.mark.parametrize("text", [
    "The attacker shouted in Arabic before he opened fire on the guards.",
    "Gunmen opened fire at the Zubirreta Hotel, killing two guards.",
])
def test_languages_and_institutions_are_not_slot_places(rd, text):
    doc = rd.read(text, published="2005-03-01", detect_headline=False, check_language=False)
    assert doc.events and doc.events[0].place is None


def test_a_kibbutz_is_named_without_the_word(rd):
    place = _place(rd, "ISRAEL.  Two mortar shells were fired at Kibbutz Zubirreta, wounding a farmer.")
    assert place.name == "Zubirreta" and place.iso == "IL"


def test_a_town_named_as_a_landmark_gives_way_to_the_place_of_the_event(rd):
    text = "A roadside bomb exploded near a police patrol 20 km south of Baghdad near Mahmudiyah, killing two."
    assert _place(rd, text).name == "Mahmudiyah"


def test_a_landmark_alone_is_still_the_place(rd):
    assert _place(rd, "Gunmen attacked a police patrol north of Tikrit, wounding two officers.").name == "Tikrit"


def test_a_demonym_before_city_of_is_not_a_place_name(gaz):
    found = _names(gaz, "Gunmen ambushed a patrol in the southeastern Iranian city of Zahedan.")
    assert "Iranian" not in found and found["Zahedan"].entry.iso == "IR"


def test_shots_fired_from_one_place_at_another_happen_at_the_target(rd):
    assert _place(rd, "Shots were fired from Tulkarm at Netanya, damaging two houses.").name == "Netanya"


def test_a_route_from_one_town_to_another_starts_at_the_first(rd):
    assert _place(rd, "A bomb exploded on a train travelling from Cairo to Luxor, injuring eleven.").name == "Cairo"


def test_a_quarter_after_a_possessive_lies_in_the_possessor(gaz):
    found = _names(gaz, "Shots were fired at Jerusalem's Qadimoor neighborhood from Bethlehem.")
    assert found["Qadimoor"].entry.iso == "IL"


def test_a_place_after_a_quarter_is_its_parent_only_when_written_as_one(gaz):
    found = _names(gaz, "Shots were fired at the Qadimoor neighborhood from Bethlehem.")
    assert "Qadimoor" not in found and "Bethlehem" in found


def test_a_town_name_before_a_spaced_article_is_part_of_a_longer_name(gaz):
    found = _names(gaz, "A bomb exploded in the Bab al Zubirreta area of central Baghdad.")
    assert "Bab" not in found and "Baghdad" in found


def test_a_town_the_gazetteer_lacks_beside_a_landmark_is_the_place(rd):
    place = _place(rd, "A roadside bomb detonated in Qadimoor, a small town south of Kirkuk, wounding five officers.")
    assert place.name == "Qadimoor" and place.iso == "IQ" and place.precision == 2


def test_a_town_name_with_a_hyphenated_article_is_whole(gaz):
    found = _names(gaz, "Police stopped a car near the town of Umm al-Zubirreta in northern Israel.")
    assert "Umm" not in found


def test_the_country_of_the_dateline_is_no_place_of_the_first_sentence(rd):
    place = _place(rd, "PUERTO RICO.  A bomb at the Peruvian consulate in San Juan destroyed two cars.")
    assert place.name == "San Juan" and place.iso == "PR"


def test_a_province_name_after_a_given_name_is_a_surname(gaz):
    found = _names(gaz, "Rebels kidnapped two politicians, Juan Cifuentes and Manuel Giraldo Herrera, in Arauca.")
    assert "Herrera" not in found and "Arauca" in found


def test_a_name_after_a_full_stop_is_not_glued_to_the_sentence_before(gaz):
    found = _names(gaz, "Assailants attacked a checkpoint in Qadimoor Godar. Helmand, Afghanistan, was quiet.")
    assert found["Helmand"].entry.kind == "admin1"


@pytest.mark.parametrize("text, word", [
    ("A fire started in a McDonald's restaurant in Quito.", "McDonald"),
    ("The blast damaged the offices of the Grouping for Reform in Sanaa.", "Reform"),
    ("The envoy met King Abdullah in Amman.", "King"),
])
def test_common_words_that_name_small_towns_are_not_places(gaz, text, word):
    assert word not in _names(gaz, text)


def test_a_town_after_in_at_the_end_of_a_party_name_is_still_a_place(rd):
    place = _place(rd, "Gunmen opened fire on the offices of the Baath Party in Kut, killing two guards.")
    assert place.name == "Kut" and place.iso == "IQ"


def test_a_missing_space_after_a_full_stop_does_not_hide_a_town(gaz):
    assert "Baghdad" in _names(gaz, "The car exploded in central Baghdad.The area is busy.")


def test_a_hyphenated_article_inside_a_town_name(gaz):
    found = _names(gaz, "Police intercepted a car near the town of Umm al-Fahm in northern Israel.")
    assert "Umm al-Fahm" in found and found["Umm al-Fahm"].entry.iso == "IL"


def test_a_slot_name_followed_by_a_verb(rd):
    place = _place(rd, "IRAQ.  A roadside bomb targeting a patrol in Qadimoor detonated, killing one civilian.")
    assert place.name == "Qadimoor" and place.iso == "IQ"


def test_a_slot_name_with_a_lower_case_article(rd):
    place = _place(rd, "IRAQ.  A bomb exploded near a checkpoint in al-Qadimoor, killing one civilian.")
    assert place.name == "al-Qadimoor" and place.iso == "IQ"


def test_month_abbreviations_are_not_places(gaz):
    assert "Dec" not in _names(gaz, "On Dec 1, 2008 insurgents shot a rubber tapper in Yala.")


def test_a_later_sentence_that_states_where_beats_a_place_abroad(rd):
    text = ("Gunmen killed a truck driver who was carrying supplies from Amman to Baghdad. "
            "The attack occurred near Ramadi.")
    place = _place(rd, text)
    assert place.name == "Ramadi" and place.iso == "IQ"


def test_a_stated_place_does_not_replace_a_town_of_the_same_country(rd):
    text = "A bomb exploded outside the party office in Athens. A similar attack occurred in Thessaloniki."
    assert _place(rd, text).name == "Athens"


def test_a_town_described_as_a_district_of_a_city_gives_way_to_the_city(gaz):
    found = _names(gaz, "A suicide bomber blew himself up in Sadr City, a Shiite district of Baghdad.")
    assert "Sadr City" not in found and "Baghdad" in found


@pytest.mark.parametrize("text, name, iso", [
    # a village-sized namesake inside a company's or an office's name gives way to the place a preposition names
    ("A contractor working for Smith Brown and Root was killed by a roadside bomb on a road in Tikrit.", "Tikrit", "IQ"),
    ("A bomb exploded at the house of Home Minister Ram Thapa in Kathmandu.", "Kathmandu", "NP"),
    # a town GeoNames writes with its river or in two languages
    ("A car belonging to a consulate official was blown up in Frankfurt.", "Frankfurt", "DE"),
    ("Youths threw Molotov cocktails at a Basque government building in San Sebastian.", "San Sebastian", "ES"),
])
def test_the_place_a_preposition_names(rd, text, name, iso):
    p = _place(rd, text)
    assert p is not None and p.name == name and p.iso == iso


def test_bare_place_kept_when_the_sentence_names_no_other(rd):
    p = _place(rd, "Gunmen attacked a checkpoint near Tikrit, killing two soldiers.")
    assert p.name == "Tikrit" and p.iso == "IQ"


# -- Israel and the Palestinian territories ----------------------------------------------------------------

def test_an_israeli_text_about_a_west_bank_town_keeps_the_town_in_the_west_bank(gaz):
    # "Israeli" makes Israel the text's country; Tulkarm lies in the West Bank all the same
    found = _names(gaz, "Israeli troops found a bomb near Tulkarem on Monday. Israeli officials said it was large.")
    assert found["Tulkarem"].entry.iso == "PS"


def test_an_israeli_text_makes_a_palestinian_town_likelier_than_a_namesake_elsewhere(gaz):
    found = _names(gaz, "Israeli soldiers defused a roadside bomb near Bethlehem.")
    assert found["Bethlehem"].entry.iso == "PS"


@pytest.mark.parametrize("text,name,iso", [
    ("Two rockets fired from Gaza hit Kibbutz Nahal Oz on Tuesday.", "Nahal Oz", "IL"),
    ("A rocket landed in an open field in the western Negev.", "Negev", "IL"),
    ("Three mortar shells were fired at the Morag settlement. Hamas claimed the attack.", "Morag", "PS"),
    ("Shots were fired at a car near Kfar Darom.", "Kfar Darom", "PS"),
    ("A bomb went off by a bus stop in the Etzyon Bloc.", "Etzyon Bloc", "PS"),
])
def test_communities_by_gaza_and_settlements_lie_where_they_are(rd, text, name, iso):
    p = _place(rd, text)
    assert p is not None and p.name == name and p.iso == iso


def test_a_kind_word_written_before_a_name_is_no_longer_name(gaz):
    # "Kibbutz Nahal Oz": "Kibbutz" says what Nahal Oz is; it does not make a person's or a firm's name of it
    assert "Nahal Oz" in _names(gaz, "The rocket hit Kibbutz Nahal Oz in the morning.")


# -- Iraq: towns of the provinces around Baghdad, and the quarters of Baghdad --------------------------------

@pytest.mark.parametrize("text,name,admin1", [
    ("Gunmen killed two policemen at a checkpoint in Latifiyah.", "Latifiyah", "Mayorality of Baghdad"),
    ("A roadside bomb wounded three soldiers near Balad Ruz.", "Balad Ruz", "Diyala"),
    ("A car bomb exploded outside the mayor's office in al-Sharqat.", "al-Sharqat", "Salah ad Din Governorate"),
])
def test_iraqi_towns_the_extract_lacks_are_found(rd, text, name, admin1):
    p = _place(rd, text)
    assert p is not None and p.name == name and p.iso == "IQ" and p.admin1 == admin1


def test_a_quarter_of_baghdad_is_in_baghdad(rd):
    p = _place(rd, "A car bomb exploded in a crowded market in Karrada, killing four.")
    assert p.name == "Karrada" and p.admin2 == "Baghdad" and p.iso == "IQ"


# -- words of the names of buildings and firms ---------------------------------------------------------------

@pytest.mark.parametrize("text,not_a_place", [
    ("A man opened fire on worshippers leaving the Grand Mosque after prayers.", "Grand"),
    ("Guerrillas blew up two pylons owned by Power Lines, Inc. in Antioquia.", "Inc"),
])
def test_a_word_of_a_building_or_firm_name_is_no_place(gaz, text, not_a_place):
    assert not_a_place not in _names(gaz, text)


def test_a_small_namesake_before_a_building_gives_way_to_the_city_named_after_it(rd):
    p = _place(rd, "Gunmen shot a guard outside the Gazi Police Station in Istanbul.")
    assert p is not None and p.name == "Istanbul" and p.iso == "TR"


def test_a_namesake_before_a_building_stays_a_place_when_the_text_speaks_of_its_country(gaz):
    found = _names(gaz, "Gunmen attacked the Latifiyah Police Station. Attacks on the police are common in Iraq.")
    assert found["Latifiyah"].entry.iso == "IQ"


def test_a_town_whose_own_name_it_is_goes_before_a_city_that_once_bore_it(gaz):
    # GeoNames lists "Bethlehem" among the names of Belém (Brazil); with no country in the text, one of the
    # towns called Bethlehem is meant
    found = _names(gaz, "A bomb exploded outside the home of Bethlehem's mayor.")
    assert found["Bethlehem"].entry.name == "Bethlehem"


def test_a_one_word_name_spelt_like_a_connector_is_read_before_its_kind(rd):
    # "van" joins Dutch names ("Van Gogh"); "Van Province" is the Turkish province
    p = _place(rd, "Arsonists set three cars on fire in Van Province overnight.")
    assert p is not None and p.iso == "TR" and p.admin1 == "Van" and p.precision == 4


def test_a_russian_province_written_with_ia_for_iya(gaz):
    found = _names(gaz, "Gunmen fired at a police post in Ingushetia on Friday.")
    assert found["Ingushetia"].entry.kind == "admin1" and found["Ingushetia"].entry.iso == "RU"


def test_a_large_city_before_a_building_name_stays_a_place(gaz):
    assert _names(gaz, "A bomb went off outside the Kabul Serena Hotel.")["Kabul"].entry.iso == "AF"


def test_the_green_zone_is_in_baghdad(rd):
    # not a name the gazetteer reads ("Green" is a common word), but Iraq's seat of government
    p = _place(rd, "Militants fired three mortar rounds into the Green Zone on Sunday.")
    assert p is not None and p.iso == "IQ" and p.name == "Baghdad"


@pytest.mark.parametrize("text, whole", [
    ("Insurgents set fire to a school in the Raman district of Yala on Monday night.", "Yala"),
    ("A gas canister bomb went off outside a bank in the Kifissia section of Athens.", "Athens"),
    ("A bomb exploded outside a cafe in the Uskudar district of Istanbul.", "Istanbul"),
])
def test_a_part_written_with_of_before_its_whole_is_placed_at_the_whole(rd, text, whole):
    p = _place(rd, text)
    assert p is not None and p.name == whole


def test_a_part_in_a_written_hierarchy_stays_the_smallest_place(rd):
    # a hierarchy that runs on after the whole ("..., Ghazni, Afghanistan") is written to its smallest part
    p = _place(rd, "Assailants attacked army checkposts in Rigreshin area of Muqur, Ghazni, Afghanistan.")
    assert p is not None and p.name == "Rigreshin"


@pytest.mark.parametrize("text, name", [
    ("A bomb exploded in a locker at Miami International Airport.", "Miami"),
    ("A teacher at Basra High School was shot dead in front of his students.", "Basra"),
    ("A car bomb planted in a crowded Damascus street killed twelve people.", "Damascus"),
    ("GREECE.  In Athens an American school was damaged by fire.", "Athens"),
])
def test_a_city_before_a_building_or_a_common_noun_is_the_place(rd, text, name):
    # a city that begins a building's name is where the building is; "street" in lower case is a street of the
    # city, not a street's name; "an" before a capitalised word is English, not an Arabic article
    p = _place(rd, text)
    assert p is not None and p.name == name


def test_a_street_named_after_a_city_is_no_place(gaz):
    assert "Palestine" not in _names(gaz, "Gunmen shot a man on Palestine Street in the evening.")


def test_a_nationality_that_names_a_region_is_the_nationality(gaz):
    # Ethiopia has a "Somali" region; "a Somali peace conference" speaks of Somalis
    assert "Somali" not in _names(gaz, "Gunmen threw a grenade at delegates to a Somali peace conference.")


def test_a_tiny_province_does_not_outweigh_a_city_of_its_name(gaz):
    # Puerto Rico's municipalities are provinces in GeoNames; San Sebastián in Spain is far larger
    found = _names(gaz, "Two buses in San Sebastian were set on fire by masked individuals.")
    assert found["San Sebastian"].entry.iso == "ES"


def test_a_small_namesake_outside_a_place_slot_is_dropped_when_the_text_is_about_elsewhere(gaz):
    # Maoist rebels of Nepal make the text Nepal's; "Ward" (a small town in the United States) stands in no
    # place slot, so it is a word, not a place
    text = "Maoists of the Communist Party of Nepal-Maoists bombed the office of Ward No. 18 in Nardevi."
    assert "Ward" not in _names(gaz, text, hints={"NP": 1.5})


def test_londonderry_is_derry(gaz):
    assert _names(gaz, "Petrol bombs were thrown at a police car in Londonderry.")["Londonderry"].entry.iso == "GB"


@pytest.mark.parametrize("text, iso", [
    ("Two mortar shells were fired from inside the Gaza Strip and exploded in Israeli territory.", "IL"),
    ("Militants fired two rockets on Israeli territory during the night.", "IL"),
    # from a part of the territory, and with the territory named again as a landmark: outside it
    ("Gunmen fired a mortar round on Israeli territory from central Gaza overnight.", "IL"),
    ("Three rockets launched from the Gaza Strip fell in Israeli territory east of the Gaza Strip.", "IL"),
    # an unknown settlement named with its country's nationality word
    ("Islamic Jihad said it fired two rockets at the Israeli moshav of Netiv Zoharim.", "IL"),
    ("A bomb went off in the Pakistani border village of Ghundai Kach, wounding a guard.", "PK"),
])
def test_where_a_projectile_landed_goes_before_where_it_came_from(rd, text, iso):
    # "Israeli territory" names Israel; a place the fire came from gives way to where it landed
    p = _place(rd, text)
    assert p is not None and p.iso == iso


def test_in_the_north_of_a_province_is_inside_it(rd):
    p = _place(rd, "Gunmen attacked a checkpoint in the north of Kunduz province, killing two policemen.")
    assert p is not None and p.admin1 == "Kunduz"


def test_a_place_fire_came_from_stays_when_the_sentence_names_no_other(rd):
    p = _place(rd, "Militants fired three rockets from the Gaza Strip on Monday.")
    assert p is not None and p.name == "Gaza Strip"


def test_and_after_a_place_makes_a_route_only_before_another_name(rd):
    p = _place(rd, "A bomb went off on a train travelling from Cairo to Luxor.")
    assert p is not None and p.name == "Cairo"  # a route's start, the only place the text pins down


@pytest.mark.parametrize("text, iso", [
    ("Unknown men threw a grenade into a car park in Kurkuk, wounding twenty people.", "IQ"),
    ("A truck bomb exploded at a police recruiting centre in Baquabah.", "IQ"),
])
def test_a_slip_of_one_letter_in_a_city_name_is_read_when_the_text_names_no_country(rd, text, iso):
    p = _place(rd, text)
    assert p is not None and p.iso == iso


def test_a_name_far_from_every_city_stays_unknown(gaz):
    assert gaz.tolerant("Qwertyuiop", None) is None


def test_a_direction_after_a_name_ends_its_phrase(rd):
    # "in Yousufiyah south of Baghdad": a town placed by a landmark; "south" ends the town's name
    p = _place(rd, "A roadside bomb hit a police patrol in Yousufiyah south of Baghdad.")
    assert p is not None and p.name == "Yousufiyah" and p.iso == "IQ"


def test_a_part_written_with_in_before_its_town_is_placed_at_the_town(rd):
    p = _place(rd, "A sound bomb exploded outside a clinic in the Zeytinburnu neighborhood, in Istanbul.")
    assert p is not None and p.name == "Istanbul"


@pytest.mark.parametrize("text, name, iso", [
    ("A bomb was defused near a secondary school in Bab El-Oued.", "Bab El-Oued", "DZ"),
    ("A bomb exploded in a shop in the Palestinian refugee camp of Ain al-Hilweh.", "Ain al-Hilweh", "LB"),
    ("Gunmen fired on a group of Israelis in the Jordan River Valley, killing one.", "Jordan River Valley", "PS"),
])
def test_quarters_of_algiers_camps_in_lebanon_and_the_jordan_valley(rd, text, name, iso):
    # a name the whole of which is a place ("Bab El-Oued", not the Syrian town of Bab); a Palestinian camp lies
    # in Lebanon; "Jordan" in "the Jordan River Valley" is no country
    p = _place(rd, text)
    assert p is not None and p.name == name and p.iso == iso


@pytest.mark.parametrize("word", ["Is", "Kingdom"])
def test_common_capitalised_words_are_no_places(gaz, word):
    assert word not in _names(gaz, f"A Molotov cocktail hit a branch of the {word} Bank on Monday.")


@pytest.mark.parametrize("text, name", [
    ("Shots were fired at Lavery's Pub in Belfast by unknown drive-by shooters.", "Belfast"),
    ("The Ban Luemu School in Krong Pinang district of Yala Province was set on fire by arsonists.", "Krong Pinang"),
])
def test_common_words_in_building_names_are_no_places(rd, text, name):
    assert _place(rd, text).name == name


def test_a_capital_that_shares_its_name_with_a_province_is_the_capital(rd):
    p = _place(rd, "A bomb exploded outside a bank in downtown Washington, injuring two guards.")
    assert (p.name, p.admin1, p.precision) == ("Washington", "Washington, D.C.", 1)
    # the province when the text says so
    assert _place(rd, "Gunmen attacked a farm in Washington state, killing a worker.").admin1 == "Washington"


def test_a_quds_rocket_is_no_place(rd):
    p = _place(rd, "The al-Quds Brigades claimed they fired a Quds rocket at Sderot. No one was hurt.")
    assert p.name in ("Sderot", "Sederot") and p.iso == "IL"


def test_another_spelling_of_a_city_is_the_city_not_its_province(rd):
    p = _place(rd, "IRAQ.  A car bomb exploded near the governor's office in Irbil, wounding four guards.")
    assert p.precision == 1 and p.admin1 == "Arbil"


def test_a_compass_word_before_of_is_a_direction(gaz):
    found = _names(gaz, "Southwest of Jenin two men were arrested with a bomb.")
    assert "Southwest" not in found and found["Jenin"].entry.iso == "PS"
    assert _names(gaz, "Separatists attacked a village in the Southwest region of Cameroon.")["Southwest"].entry.iso == "CM"


@pytest.mark.parametrize(("text", "name", "iso"), [
    ("His body was found in al-Ramadi several hours later.", "al-Ramadi", "IQ"),
    ("A bomb exploded in southern al-Nasiriyah.", "al-Nasiriyah", "IQ"),
])
def test_a_place_written_with_a_lowercase_article(gaz, text, name, iso):
    assert _names(gaz, text)[name].entry.iso == iso


def test_the_article_does_not_make_a_group_or_another_name_a_place(gaz):
    assert _names(gaz, "The al-Quds Brigade of Islamic Jihad fired two rockets.") == {}
    assert "al-Aqsa" not in _names(gaz, "The al-Aqsa Martyrs Brigades claimed the attack.")


def test_a_town_a_connector_spells_after_a_locative(gaz):
    assert _names(gaz, "A device exploded at an electricity pole in the city of Van.")["Van"].entry.iso == "TR"
    assert "Van" not in _names(gaz, "The painting hangs in Van Gogh's house.")


def test_the_word_of_a_division_after_a_name_does_not_make_it_an_institution(gaz):
    # "X Governorate", "X Upazila": the division's word, not a building's or a group's name
    assert _names(gaz, "Two teachers were shot dead in Iraq in Kirkuk Governorate.")["Kirkuk"].entry.iso == "IQ"
    assert _names(gaz, "A bomb was thrown at the house of a candidate in Csongrad County.")["Csongrad"].entry.iso == "HU"


def test_a_name_all_of_whose_bearers_lie_in_one_country_is_evidence_of_it(gaz):
    # Igdir is a Turkish province and its town: one mention of Armenia does not carry it abroad
    found = _names(gaz, "A truck bomb exploded in Igdir, injuring seventeen people. Igdir lies on the border with Armenia.")
    assert found["Igdir"].entry.iso == "TR"


def test_a_city_a_text_puts_in_a_place_slot_survives_a_text_about_another_country(rd):
    # Jordanian drivers from Amman: Jordan is the text's strong country, yet the attack was near Ramadi
    p = _place(rd, "Gunmen shot and killed a Jordanian truck driver who was taking supplies from Amman to Baghdad. "
                   "The attack occurred near Ramadi.")
    assert (p.name, p.iso) == ("Ramadi", "IQ")


def test_a_city_named_in_passing_abroad_does_not_displace_the_written_hierarchy(rd):
    p = _place(rd, "An assailant set fire to the car of Rodrigo Lima in Sao Jose do Rio Preto, Sao Paulo state, Brazil. "
                   "Lima, a reporter, was not harmed.")
    assert p.iso == "BR"


def test_a_name_before_a_building_in_a_named_town_is_the_building(rd):
    p = _place(rd, "Police found a car bomb in a parking lot at the Ataturk Airport in Istanbul.")
    assert p.name == "Istanbul"
    # when the building stands "in" a country or province, the name before it is the town
    p = _place(rd, "A bomb exploded at the Frankfurt airport in Germany, injuring three.")
    assert p.name == "Frankfurt"


@pytest.mark.parametrize("text, name, iso", [
    ("A bomb exploded near the parliament building in the centre of Sukhumi.", "Sukhumi", "GE"),
    ("Two bombs went off on a street leading to Mecca's Grand Mosque.", "Mecca", "SA"),
])
def test_common_english_names_of_places_the_gazetteer_spells_otherwise(gaz, text, name, iso):
    assert _names(gaz, text)[name].entry.iso == iso


@pytest.mark.parametrize("text", [
    "A Toyota pickup exploded in the central market in Vladikavkaz.",
    "A bomb exploded outside the Hilton hotel in Sydney.",
])
def test_vehicle_makes_and_hotel_chains_are_no_places(gaz, text):
    found = _names(gaz, text)
    assert "Toyota" not in found and "Hilton" not in found


def test_palestine_is_the_palestinian_territory_not_a_texan_town(gaz):
    assert _names(gaz, "Rockets were fired from Palestine into the western Negev.")["Palestine"].entry.iso == "PS"


@pytest.mark.parametrize("text", [
    "Mortars landed near the Palestine Hotel, which houses foreign reporters in Baghdad.",
    "A car bomb went off near a court on Palestine Street in Baghdad.",
    "Gunmen fired at the Lebanon hotel in Baghdad.",
])
def test_a_country_name_before_a_street_or_a_hotel_names_the_street_or_hotel(gaz, text):
    found = _names(gaz, text)
    assert not any(t.entry.kind == "country" for t in found.values()) and found["Baghdad"].entry.iso == "IQ"


def test_a_neighbourhood_in_a_city_is_coded_at_the_city(rd):
    p = _place(rd, "A bomb exploded in Laureles, a neighborhood in Medellin, as the polls opened.")
    assert (p.name, p.iso) == ("Medellín", "CO") or (p.name, p.iso) == ("Medellin", "CO")


def test_shop_chains_and_the_white_house_are_no_towns(gaz):
    found = _names(gaz, "A bomb exploded outside the Marks and Spencer store, and a letter was sent to the White House.")
    assert "Marks" not in found and "White House" not in found


def test_the_town_of_an_office_is_the_place_when_no_other_is_named(rd):
    assert _place(rd, "Gunmen killed the mayor of Tikrit in his office.").name == "Tikrit"


def test_a_town_named_near_another_is_the_place_not_the_landmark(rd):
    p = _place(rd, "A hand grenade was found and defused on the roof of a church in Fanar, near Ankara.")
    assert (p.name, p.iso) == ("Fanar", "TR")
    p = _place(rd, "A roadside bomb killed two soldiers in Kifl, near Najaf.")
    assert p.name == "Kifl"


def test_a_time_zone_is_no_place(rd):
    p = _place(rd, "The blast went off at 10 pm Moscow time on the pipeline just outside Makhachkala.")
    assert p.name == "Makhachkala"


def test_a_town_name_before_square_or_street_names_the_square(rd):
    p = _place(rd, "Gunmen attacked a crowd in Aden Square, in northern Baghdad, killing one person.")
    assert (p.name, p.iso) == ("Baghdad", "IQ")


def test_a_one_word_place_a_connector_spells_before_a_full_stop_and_more_text(gaz):
    # "Van." then two spaces and the next sentence: still the city the text names
    assert _names(gaz, "A bomb was planted outside the Governor's Office in the city of Van.  Two men were held.")["Van"].entry.iso == "TR"
    assert "Van" not in _names(gaz, "They visited the museum of Van Gogh.  Two men were held.")


# -- the town an event is coded at, by phenomenon ----------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    # a street or square written before its town is no town
    ("A pipe bomb exploded outside a house in Deerpark Road, Belfast.", "Belfast"),
    ("A grenade was thrown at a police post in Mujahid Square, Khost.", "Khost"),
    # the town of a victim's office gives way to where the act was
    ("The police chief of Sharqat, Col. Ahmed Salih, was shot dead by gunmen in Mosul.", "Mosul"),
    ("Jorge Perez, the mayor of Turbaco, was killed by two gunmen in Cartagena.", "Cartagena"),
    ("The former councilor of Turbaco, Jorge Perez, was shot by two men on a motorcycle. The murder occurred in "
     "downtown Cartagena.", "Cartagena"),  # or in a later sentence that says where it happened
    # a town named in its own local body
    ("Juan Perez, a member of the Puerto Triunfo Council, was shot dead at his home.", "Puerto Triunfo"),
    ("Two men on a motorcycle killed a Saravena Municipal Councilor outside his home.", "Saravena"),
    ("A device was defused at the entrance to the Olbia City Hall.", "Olbia"),
    # a town told as a village near another, or outside it
    ("Militants set off a bomb inside a cinema in Sidi Hamed, a village near Meftah, killing many.", "Sidi Hamed"),
    ("Anarchists set a car on fire in Vougliagmeni, outside of Athens.", "Vougliagmeni"),
    # a place name may start with a word that alone is no place
    ("Gunmen shot dead a policeman as he drove to work in Abu Gharid, twenty kilometers west of Baghdad.", "Abu Gharid"),
    ("A motorcycle bomb was defused before it could explode in a marketplace in Khan Bani Sa'di.", "Khan Bani Sa'di"),
    # a town the gazetteer lacks: a bracket after it, a lowercase article or particle inside it, its country after
    # it, a group named "in" it
    ("Gunmen attacked a police checkpoint in Dowrat (Salahudin province), killing two officers.", "Dowrat"),
    ("Two settlers driving near Luban al-Sharqiyah village were fired on.", "Luban al-Sharqiyah"),
    ("A drive-by shooting at a gendarmerie in Piedecorte di Gaggio caused minor damage. The Corsican National "
     "Liberation Front (FLNC) later claimed it.", "Piedecorte di Gaggio"),
    ("A truck driver was killed near Filfayl Iraq when gunmen opened fire on his truck.", "Filfayl"),
    ("Gunmen killed a former member of the Legitimate Defense Group in Zemmouri.", "Zemmouri"),
    # a district after its province in the possessive is the place, a quarter after its city is not
    ("Militants set fire to a bus stop in Yala's Bannang Sata district.", "Bannang Sata"),
    ("Gunmen shot dead a shopkeeper in Baghdad's Alawi district.", "Baghdad"),
    # a road named by its ends gives way to a town the text places the event in
    ("Gunmen attacked a checkpoint on the Kirkuk-Tikrit road near Hawija, killing a police officer.", "Hawija"),
])
def test_the_town_an_event_is_coded_at(rd, text, town):
    p = _place(rd, text)
    assert p is not None and p.name == town


def test_the_metro_of_a_city_is_in_the_city(rd):
    assert _place(rd, "FRANCE.  A bomb exploded on the Paris Metro at the St. Michel station.").name == "Paris"


def test_a_great_city_in_a_place_slot_survives_a_text_about_another_country(rd):
    # Paris is a department as well as a city; Turkey is the text's strong country
    text = ("Kurdish activists took over the Kenyan Embassy in Paris and held ten members of the staff hostage. "
            "It was one of many protests across Europe and Turkey in support of the PKK leader held by Turkey.")
    assert _place(rd, text).name == "Paris"


@pytest.mark.parametrize("text, name, iso", [
    ("Paramilitaries killed five cattlemen in Valencia de Jesus, near Valledupar.", "Valencia de Jesus", "CO"),
    ("A bomb was thrown at the party offices in Villalba di Guidonia, near Rome.", "Villalba di Guidonia", "IT"),
])
def test_a_longer_name_the_gazetteer_lacks_after_a_known_first_word(rd, text, name, iso):
    p = _place(rd, text)
    assert (p.name, p.iso) == (name, iso) and p.lat is None  # the town as written, not the namesake's coordinates


def test_a_longer_name_the_gazetteer_knows_stays_itself(gaz):
    assert _names(gaz, "A bomb exploded in Rio de Janeiro.")["Rio de Janeiro"].precision == 1


def test_a_town_name_used_as_a_surname_stays_a_surname_when_repeated(gaz):
    text = ("Militants threw a Molotov cocktail at Felix Argana, a vice-presidential candidate. "
            "The attack was meant to injure Argana, with the aim of halting the elections.")
    assert "Argana" not in _names(gaz, text)


def test_a_country_named_in_a_text_about_another_is_no_local_town(gaz):
    found = _names(gaz, "FRANCE.  A group named after a Spanish anarchist executed in Spain claimed the blast in Paris.",
                   focus="FR")
    assert found["Spain"].entry.kind == "country" and found["Spain"].entry.iso == "ES"


def test_banco_is_a_bank_not_a_town(gaz):
    assert "Banco" not in _names(gaz, "Hooded youths threw petrol bombs at a Banco Santander cash machine.")


def test_a_quarter_called_a_part_of_the_capital_is_coded_at_the_capital(rd):
    p = _place(rd, "A bomb hidden in a carton went off in a market in Sadr City, a mainly Shiite area of the capital.")
    assert (p.name, p.iso) == ("Baghdad", "IQ")


def test_a_savings_bank_named_with_a_particle_is_no_town(gaz):
    assert _names(gaz, "A branch of the Caja de Ahorros de Navarra bank was attacked with a firebomb.") == {}


def test_a_church_named_with_a_particle_is_no_town(rd):
    p = _place(rd, "Arsonists set fire to the Santa Isabel de Hungria Parish in Santiago, Chile.")
    assert p.name == "Santiago"


def test_a_tie_between_two_countries_is_broken_the_same_way_in_every_run():
    # the text gives Serbia and Albania the same weight: the country first evidenced wins, whatever the order
    # Python happens to iterate a set in (it changes with the string hash seed of each run)
    code = ("from khabar.resolve.gazetteer import Gazetteer\n"
            "t = ('A bomb went off in Urosevac, injuring two. Serbian police blamed Albanian militants; '\n"
            "     'Albanian leaders blamed the Serbian government.')\n"
            "print(*[x.entry.iso for x in Gazetteer.load().geoparse(t) if x.text == 'Urosevac'])\n")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in (1, 3, 4)}
    assert seen == {"RS"}


@pytest.mark.parametrize("text, town", [
    ("A bomb exploded at a discotheque in the American sector of West Berlin, injuring sixty.", "West Berlin"),
    ("The explosives were handed over at an embassy in East Berlin before the attack.", "East Berlin"),
])
def test_the_two_halves_of_berlin_before_1990_are_places(rd, text, town):
    p = _place(rd, text)
    assert (p.name, p.iso, p.admin1) == (town, "DE", "Berlin")


@pytest.mark.parametrize("text, written", [
    ("An Israeli student was killed in a drive-by shooting near Beit El.", "Beit El"),  # a name that ends in 'El'
    ("Shots were fired at a car on the road to Bet El, causing no injuries.", "Bet El"),  # 'house of': Beit/Bet/Beth
    ("Shots were fired at a car on the road to Beth El, causing no injuries.", "Beth El"),
])
def test_beit_bet_and_beth_are_one_name(gaz, text, written):
    found = [(t.text, t.entry.name, t.entry.iso) for t in gaz.geoparse(text)]
    assert (written, "Beit El", "PS") in found


def test_an_airline_whose_name_ends_in_a_connector_is_no_place(gaz):
    assert _names(gaz, "A grenade was thrown into the El Al office on Monday.") == {}


def test_a_province_written_without_its_division_word_and_with_another_article(gaz):
    found = _names(gaz, "A polling centre in the Salah-al-Din governorate was damaged by mortar shells.")
    assert found["Salah-al-Din"].entry.name == "Salah ad Din Governorate"


def test_a_province_in_a_groups_name_is_no_place(gaz):
    found = _names(gaz, "The al-Nasir Salah al-Din Brigades claimed two mortar rounds fired at a kibbutz in the Negev.")
    assert "Salah al-Din" not in found


def test_a_dateline_country_that_is_also_a_city_places_the_event_in_the_country(rd):
    p = _place(rd, "LUXEMBOURG.  Two gasoline-filled bottles were thrown at a bank.  No one was hurt.")
    assert p is not None and p.iso == "LU"


@pytest.mark.parametrize("text, town", [
    ("An explosive device detonated in a trash can along the Alexandroupolis-Komotini highway.", "Alexandroupoli"),
    ("Gunmen attacked a checkpoint on the Kirkuk-Tikrit road, killing a police officer.", "Kirkuk"),
])
def test_an_event_on_a_road_named_by_its_ends_is_coded_at_the_first_town(rd, text, town):
    doc = rd.read(text, published="2005-03-01", detect_headline=False, check_language=False)
    assert doc.events[0].place.name == town and any(f.name == "place_route" for f in doc.flags)


@pytest.mark.parametrize("text, iso", [
    ("An Israeli was killed by gunmen near the Jewish settlement of Talmon.", "PS"),  # filed under Israel, no district
    ("Militants opened fire on settlers near the Dugit settlement.", "PS"),  # a settlement the gazetteer lacks
    ("A Qassam rocket was fired at the Sederot settlement.", "IL"),  # a town of Israel's Southern District
])
def test_a_settlement_is_coded_in_the_occupied_territory(rd, text, iso):
    assert _place(rd, text).iso == iso


def test_letters_nfkd_does_not_take_apart_are_read_as_latin(gaz):
    # "Kadıköy" (dotless i) is written "Kadikoy" in English news
    assert any(e.name == "Kadıköy" for e in gaz.lookup("Kadikoy"))


def test_a_country_before_its_people_is_not_where_it_happened(rd):
    doc = rd.read("Two Burundi peacekeepers were wounded when a roadside bomb hit their convoy on the airport road in "
                  "Mogadishu.", published="2008-03-01", detect_headline=False, check_language=False)
    assert doc.events[0].place.iso == "SO"


def test_a_nepali_village_development_committee_is_no_armed_group(rd):
    found = rd.actors.find("Maoists killed two brothers in Inarwa Village Development Committee in Nepal.")
    assert not any("Committee" in m.entry.canonical for m in found)


def test_a_capital_before_a_province_of_its_name_elsewhere(gaz):
    # "Santiago" is Chile's capital, not the Dominican province (whose city goes by "Santiago" only as a short name)
    found = _names(gaz, "An explosive device was detonated in Santiago, destroying the windows of a bank.")
    assert found["Santiago"].entry.iso == "CL"


def test_a_newspaper_named_after_a_city_is_no_place(rd):
    p = _place(rd, "Rebels kidnapped two Los Angeles Times journalists in the province of Arauca.")
    assert (p.name, p.iso) == ("Arauca", "CO")


def test_a_town_name_used_as_a_middle_name_and_repeated_is_no_place(gaz):
    found = _names(gaz, "Two gunmen killed Julio Hernando Palacios, a journalist, in Cucuta. Hernando had been "
                        "threatened.")
    assert "Hernando" not in found


@pytest.mark.parametrize("text, iso", [
    ("Four Molotov cocktails were thrown at the Lagun Aro insurance office.", "ES"),  # a company only Spain has
    ("A fragmentation bomb planted in front of the Is Bank art gallery on Istiklal Street was defused.", "TR"),
])
def test_a_national_company_or_street_places_an_event_the_text_places_nowhere(rd, text, iso):
    p = _place(rd, text)
    assert p is not None and p.iso == iso and p.precision == 5


def test_a_national_newspaper_decides_between_namesakes(rd):
    p = _place(rd, "A device exploded at the home of the parents of an El Correo journalist in Vitoria.")
    assert (p.name, p.iso) == ("Vitoria", "ES")


def test_where_rockets_were_aimed_goes_before_where_they_came_from(rd):
    p = _place(rd, "The brigades claimed responsibility for launching two rockets against Israel from the Gaza Strip.")
    assert p.iso == "IL"


@pytest.mark.parametrize("name, iso, kind", [
    ("Kanchanpur", "NP", "admin2"),  # a Nepali district the extract lacked (an Indian village shares its name)
    ("Rolpa", "NP", "admin2"),
    ("Bannang Sata", "TH", "admin2"),  # a district of Yala
    ("Mahendranagar", "NP", "place"),
])
def test_nepal_and_thai_districts_from_the_additions(gaz, name, iso, kind):
    assert any(e.iso == iso and e.kind == kind for e in gaz.lookup(name))


def test_a_nepali_district_places_an_event_in_nepal(rd):
    p = _place(rd, "Maoists set fire to a government office in Rolpa district on Monday.")
    assert (p.name, p.iso) == ("Rolpa", "NP")


@pytest.mark.parametrize("text, iso", [
    # a Nepali district whose name an Indian district shares, with a Nepali group named
    ("Communist Party of Nepal-Maoist (CPN-M) rebels burned a village office in Harisiddhi (Lalitpur district).", "NP"),
    # the Serbian spelling of a Kosovo town
    ("A bomb damaged a cafe in the centre of Djakovica on Sunday.", "XK"),
    # GeoNames writes the Iraqi town "Nahiyat al Iskandariyah"; Alexandria goes by Iskandariyah only as another name
    ("Gunmen shot dead a police officer in Iskandariyah on Monday.", "IQ"),
    # the Caño Limón–Coveñas oil pipeline: a landmark of Arauca, not Nigeria's Cano
    ("Guerrillas dynamited a stretch of the Cano Limon pipeline on Friday, spilling crude oil.", "CO"),
    # a background sentence: "both X and Y's government" names two parties, not where the act was
    ("Al-Shabaab fighters killed a district commissioner on Monday. Since 2006, both Kenya and Somalia's federal "
     "government have been fighting the insurgents.", "SO"),
])
def test_districts_and_spellings_stop24(rd, text, iso):
    p = _place(rd, text)
    assert p is not None and p.iso == iso


def test_ethnic_people_named_are_no_country(rd):
    # "ethnic Albanians" live in Kosovo and North Macedonia: no vote for Albania
    p = _place(rd, "A group of ethnic Albanians fired on a bus on a mountain road.")
    assert p is None or p.iso != "AL"

