"""Place names as news writes them: Arabic names without their article, without a final h."""

from __future__ import annotations

import pytest

from khabar.resolve.gazetteer import Gazetteer, _spellings


@pytest.mark.parametrize("key, expected", [
    ("al fallujah", {"fallujah", "falluja"}),
    ("an najaf", {"najaf"}),
    ("baqubah", {"baquba"}),
    ("al ain", set()),  # too short a name to stand without its article
    ("kabul", set()),
])
def test_spellings(key, expected):
    assert set(_spellings(key)) >= expected
    if not expected:
        assert _spellings(key) == ()


@pytest.mark.parametrize("name, iso", [("Fallujah", "IQ"), ("Falluja", "IQ"), ("Mahmudiyah", "IQ"), ("Ramadi", "IQ")])
def test_lookup_finds_other_spellings(name, iso):
    assert iso in {e.iso for e in Gazetteer.load().lookup(name)}


def test_common_words_are_not_places():
    g = Gazetteer.load()
    text = "A Grad rocket hit the Green Zone and a Law office."
    assert [t.text for t in g.geoparse(text)] == []


@pytest.mark.parametrize("text, name, iso", [
    ("A car bomb exploded outside a police station in the town of Zarqaweel in Iraq, killing four Iraqis.", "Zarqaweel", "IQ"),
    ("Two mortar shells were fired at the Tel Hazavit settlement in Gaza on Monday.", "Tel Hazavit", "PS"),
])
def test_unknown_place_called_a_town_is_kept_in_the_country_of_the_text(text, name, iso):
    found = [t for t in Gazetteer.load().geoparse(text) if t.text == name]
    assert found and found[0].entry.iso == iso and found[0].entry.lat is None


def test_unknown_place_needs_a_country():
    assert [t.text for t in Gazetteer.load().geoparse("A bomb went off in the town of Zarqaweel.")] == []


def test_a_title_before_a_town_name_makes_a_person():
    g = Gazetteer.load()
    assert [t.text for t in g.geoparse("Prime Minister Sharon was not at home when the bomb went off.")] == []
    assert [t.text for t in g.geoparse("President Lincoln visited Lincoln, Nebraska.")] == ["Lincoln", "Nebraska"]
