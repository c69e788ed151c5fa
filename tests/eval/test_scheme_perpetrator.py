"""A terrorism scheme's perpetrator is the sub-national attacker: state forces are no value of it, though they
remain the actor of the event (and ACLED's actor 1)."""

from __future__ import annotations

from khabar.eval.gold import GoldRecord
from khabar.eval.run import Scorer
from khabar.pipeline import default_reader

STATE = "Israeli troops shot dead a man near the border fence on Monday."
GROUP = "Hamas militants shot dead a man near the border fence on Monday."


def _score(text: str, gold: dict) -> dict:
    sc = Scorer(default_reader())
    sc.score(GoldRecord("x-1", "rand", text, "2024-03-06", gold))
    return sc.results()["rand"]["metrics"]


def test_state_forces_are_not_invented_as_a_terrorism_perpetrator():
    doc = default_reader().read(STATE, published="2024-03-06")
    assert doc.events[0].perpetrator is not None and doc.events[0].perpetrator.actor_type == 1
    res = _score(STATE, {"perpetrator": None})
    assert res["perpetrator.invented"]["value"] == 0.0


def test_a_named_group_still_counts():
    assert _score(GROUP, {"perpetrator": None})["perpetrator.invented"]["value"] == 1.0
    assert _score(GROUP, {"perpetrator": "Hamas"})["perpetrator.accuracy"]["value"] == 1.0
