"""Gold country names carry history and regions that databases code as countries; each compares as the
country it lies in today."""

from __future__ import annotations

import pytest

from khabar.eval.run import Scorer
from khabar.pipeline import default_reader


@pytest.fixture(scope="module")
def sc():
    return Scorer(default_reader())


@pytest.mark.parametrize("gold, iso", [
    ("Chechnya", "RU"),  # a region coded as a country
    ("Canary Islands", "ES"),
    ("Azores", "PT"),
    ("FRY (Montenegro)", "ME"),  # the part named in brackets, not the federation
    ("FRY (Southern Serbia)", "RS"),
    ("Serbia-Montenegro", "RS"),
    ("Namibia, SWAf", "NA"),  # the country before its former name
    ("Benin, Dahomey", "BJ"),
    ("Democratic Republic of Congo", "CD"),
    ("Trinidad-Tobago", "TT"),
    ("Korea, South", "KR"),
    ("Burma (Myanmar)", "MM"),
])
def test_gold_country_names(sc, gold, iso):
    assert sc._country_iso(gold) == iso


def test_a_chechen_event_scores_as_russia(sc):
    from khabar.eval.gold import GoldRecord

    sc.score(GoldRecord("x-1", "rand", "Gunmen shot dead two policemen in Grozny on Monday.", "2004-03-06",
                        {"country": "Chechnya"}))
    assert sc.results()["rand"]["metrics"]["country.accuracy"]["value"] == 1.0
