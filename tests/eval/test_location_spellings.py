"""A gold town and the town read compare as one place in another transliteration or another of its names."""

from __future__ import annotations

import pytest

from khabar.eval.gold import GoldRecord
from khabar.eval.run import Scorer
from khabar.pipeline import default_reader
from khabar.resolve.gazetteer import same_spelling


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hawijah", "Hawija", True),
    ("Falluja", "Al Fallujah", True),
    ("Fallujah", "Ramadi", False),
    ("Kabul", "Kandahar", False),
])
def test_same_spelling(a, b, same):
    assert same_spelling(a, b) is same


def test_location_scored_under_another_spelling():
    sc = Scorer(default_reader())
    sc.score(GoldRecord("x-1", "rand", "A car bomb exploded in Fallujah on Monday, killing two policemen.", "2005-03-06",
                        {"location": "Falluja", "country": "Iraq"}))
    assert sc.results()["rand"]["metrics"]["location.accuracy"]["value"] == 1.0


def test_a_different_town_is_no_match():
    sc = Scorer(default_reader())
    sc.score(GoldRecord("x-1", "rand", "A car bomb exploded in Fallujah on Monday, killing two policemen.", "2005-03-06",
                        {"location": "Ramadi", "country": "Iraq"}))
    assert sc.results()["rand"]["metrics"]["location.accuracy"]["value"] == 0.0


def test_a_gold_town_with_its_qualifier_after_a_comma():
    sc = Scorer(default_reader())
    sc.score(GoldRecord("x-1", "rand", "A bomb exploded outside a bank in downtown Washington, injuring two guards.",
                        "1985-03-06", {"location": "Washington, D.C.", "country": "United States"}))
    assert sc.results()["rand"]["metrics"]["location.accuracy"]["value"] == 1.0


@pytest.mark.parametrize(("text", "gold", "value"), [
    # the kind of a place, written before its name in gold, is no part of the name
    ("A mortar shell landed in the fields of Kibbutz Nahal Oz, causing no damage.", "Kibbutz Nahal Oz", 1.0),
    ("A rocket hit a chicken coop in Moshav Netiv HaAsara.", "Moshav Netiv HaAsara", 1.0),
    ("A mortar shell landed in the fields of Kibbutz Nahal Oz, causing no damage.", "Kibbutz Zikim", 0.0),
])
def test_a_gold_kibbutz_or_moshav_compares_by_its_name(text, gold, value):
    sc = Scorer(default_reader())
    sc.score(GoldRecord("x-1", "rand", text, "2006-03-06", {"location": gold, "country": "Israel"}))
    assert sc.results()["rand"]["metrics"]["location.accuracy"]["value"] == value
