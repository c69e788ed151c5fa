"""Events the text places nowhere get the country of the national actors or nationality words it names,
marked as inferred (flag ``place_inferred`` with its evidence); a named place always wins."""

from __future__ import annotations

import pytest

import khabar

PUB = "2024-03-06"


def _read(text):
    return khabar.read(text, published=PUB)


def _inferred_from(doc) -> str:
    """The evidence the ``place_inferred`` flag gives."""
    return next(f for f in doc.flags if f.name == "place_inferred").evidence[0].text


@pytest.mark.parametrize("text, iso, evidence", [
    ("Israeli police found the bodies of two men near the stadium on Monday.", "IL", "Israeli police"),
    ("FARC guerrillas blew up three sections of an oil pipeline on Monday.", "CO", "FARC guerrillas"),
    ("The offices of a newspaper, an Iranian reformist daily, were attacked on Monday.", "IR", "Iranian"),
])
def test_country_inferred_from_national_actors_and_demonyms(text, iso, evidence):
    doc = _read(text)
    ev = doc.events[0]
    assert ev.place is not None and ev.place.iso == iso and ev.place.precision == 5
    assert ev.place.admin1 is None
    assert text[ev.place.span.start:ev.place.span.end] == evidence
    assert _inferred_from(doc) == evidence


def test_named_place_is_not_overridden():
    doc = _read("Thai soldiers said gunmen attacked a bus in Kabul on Monday.")
    assert doc.events[0].place.iso == "AF"
    assert not [f for f in doc.flags if f.name == "place_inferred"]


def test_nothing_inferred_without_evidence():
    doc = _read("Gunmen attacked a bus on Monday, killing two passengers.")
    assert doc.events[0].place is None
    assert not [f for f in doc.flags if f.name == "place_inferred"]


def test_most_named_country_wins():
    doc = _read("A Turkish diplomat said Kurdish militants attacked a Greek ship on Monday. Greek officials "
                "said the Greek crew was unhurt.")
    assert doc.events[0].place.iso == "GR"


@pytest.mark.parametrize("text, iso, evidence", [
    ("Palestinians fired shots at a settlement. No one was injured in the attack.", "PS", "Palestinians"),
    ("The Tajik Minister of Culture was shot and killed by an unidentified individual.", "TJ", "Tajik"),
    ("A member of the opposition was shot dead by Chechen gunmen on Monday.", "RU", "Chechen"),
])
def test_country_inferred_from_plural_and_regional_demonyms(text, iso, evidence):
    doc = _read(text)
    ev = doc.events[0]
    assert ev.place is not None and ev.place.iso == iso
    assert _inferred_from(doc) == evidence


def test_unknown_settlement_takes_the_inferred_country():
    doc = _read("Palestinians fired shots at the settlement of Pesagor. No one was injured.")
    ev = doc.events[0]
    assert ev.place.name == "Pesagor" and ev.place.iso == "PS"


@pytest.mark.parametrize("text, iso, evidence", [
    ("Two hooded men set fire to the car of a Civil Guard officer on Monday.", "ES", "Civil Guard"),
    ("A member of the State Duma escaped unhurt when gunmen fired at his car on Monday.", "RU", "State Duma"),
    ("Unknown men shot dead a tambon chief as he rode home on Monday.", "TH", "tambon"),
])
def test_country_inferred_from_national_institutions(text, iso, evidence):
    # a national police force, a parliament, a word of local government: the text's country, though it names
    # no place and no armed group
    ev = _read(text).events[0]
    assert ev.place is not None and ev.place.iso == iso and ev.place.precision == 5
    assert text[ev.place.span.start:ev.place.span.end] == evidence


def test_a_town_the_gazetteer_lacks_takes_the_country_the_text_ties_it_to():
    # a village no table lists keeps its name and takes the country of the text's actors, flagged
    doc = _read("Two men were found lying outside a shop in Ballykilgarry after being attacked by dissident "
                "republicans on Monday.")
    p = doc.events[0].place
    assert p is not None and p.name == "Ballykilgarry" and p.iso == "GB"
    assert _inferred_from(doc) == "dissident republicans"


def test_institution_is_evidence_that_weighs_a_village_and_drops_a_namesake():
    # "Orange Hall": a building of the Orange Order in Northern Ireland, not Orange in California; the village
    # the text names then lies in the United Kingdom
    doc = _read("A petrol bomb was thrown at an Orange Hall near Carnlough on Monday.")
    p = doc.events[0].place
    assert p is not None and p.iso == "GB" and p.name == "Carnlough"


@pytest.mark.parametrize("text, iso, city", [
    ("PERU.  A car bomb went off outside the Italian embassy on Monday.", "PE", "Lima"),
    ("Gunmen fired at the residence of the Swiss ambassador in Kenya on Monday.", "KE", "Nairobi"),
    ("A bomb exploded outside three banks in the Ecuadorian capital on Monday.", "EC", "Quito"),
    ("Two car bombs exploded outside the Peruvian Interior Ministry building on Monday.", "PE", "Lima"),
])
def test_an_embassy_or_the_capital_places_a_country_level_event_in_the_capital(text, iso, city):
    doc = _read(text)
    p = doc.events[0].place
    assert p is not None and p.iso == iso and p.name == city and p.precision == 1
    flag = next(f for f in doc.flags if f.name == "place_capital")
    assert flag.evidence[0].text in text


def test_a_provincial_capital_is_not_the_seat_of_government():
    p = _read("Gunmen attacked a checkpoint in Afghanistan near the capital of a southern province on Monday.").events[0].place
    assert p is not None and p.iso == "AF" and p.precision == 5


def test_a_named_town_is_kept_though_the_sentence_names_an_embassy():
    p = _read("A bomb went off near the Italian embassy office in Arequipa, Peru, on Monday.").events[0].place
    assert p.name == "Arequipa"


def test_a_defused_device_takes_the_place_the_next_sentence_gives_it():
    doc = khabar.read("A car bomb was discovered and defused after an anonymous warning. A dynamite stick had been left "
                      "under the front wheel of a car belonging to a police officer in Porto-Vecchio.",
                      published="2005-03-01")
    assert doc.events[0].place is not None and doc.events[0].place.name == "Porto-Vecchio"


def test_another_attack_elsewhere_does_not_lend_its_town():
    doc = khabar.read("Gunmen kidnapped a trader. In a separate incident, a bomb exploded in Porto-Vecchio.",
                      published="2005-03-01")
    assert doc.events[0].place is None or doc.events[0].place.name != "Porto-Vecchio"


@pytest.mark.parametrize(("text", "name"), [
    # the settlement itself, not the town it lies near or the region it is in
    ("A gunman opened fire on a car at the West Bank settlement of Bracha near Nablus.", "Bracha"),
    ("Shots were fired at a bus north of the settlement of Ofra in the Ramallah region.", "Ofra"),
    # "the Negev town of Sederot": the region a town is named by is not where it happened
    ("Two rockets were fired at the Negev town of Sederot from the northern Gaza Strip.", "Sederot"),
])
def test_a_settlement_or_town_of_a_region(text, name):
    doc = khabar.read(text, published="2005-03-01")
    assert doc.events[0].place is not None and doc.events[0].place.name in (name, "Sderot")


@pytest.mark.parametrize("text", [
    # words of organisations' names that GeoNames also spells as hamlets: no place
    "A predawn attack on the Supreme Council for the Islamic Revolution office killed one woman.",
    "A bomb exploded outside the office of the Liberation Alliance party, injuring two guards.",
    "Gunmen shot dead a member of the Lok Sabha outside his home.",
])
def test_words_of_organisations_names_are_no_places(text):
    ev = _read(text).events[0]
    assert ev.place is None or ev.place.iso != "US" and ev.place.precision == 5
