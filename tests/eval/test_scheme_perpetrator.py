"""A terrorism scheme's perpetrator is the sub-national attacker: state forces are no value of it, though they
remain the actor of the event (and ACLED's actor 1)."""

from __future__ import annotations

from khabar.eval.gold import GoldRecord
from khabar.eval.run import Scorer
from khabar.pipeline import default_reader

STATE = "Israeli troops shot dead a man near the border fence on Monday."
GROUP = "Hamas militants shot dead a man near the border fence on Monday."


def _first_event(text: str):
    return default_reader().read(text, published="2024-03-06").events[0]


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


DEFUSED = ("Police defused a bomb in a car park on Monday. Officials believe that the explosives belonged to the Basque "
           "Fatherland and Freedom (ETA).")


def test_a_defused_bomb_is_one_event_of_the_group_it_belonged_to():
    doc = default_reader().read(DEFUSED, published="2024-03-06")
    assert len(doc.events) == 1  # "the explosives" is the defused bomb, not a second blast
    assert doc.events[0].sub_event_type == "Disrupted weapons use"
    res = _score(DEFUSED, {"perpetrator": "ETA"})
    assert res["perpetrator.accuracy"]["value"] == 1.0


def test_state_disrupter_with_a_named_group_as_its_object_scores_the_group():
    text = ("Colombian soldiers defused a bomb near a bridge on Monday. Authorities blame the Revolutionary Armed Forces of "
            "Colombia (FARC) for planting it.")
    ev = _first_event(text)
    assert ev.perpetrator.actor_type == 1 and ev.target.canonical == "Revolutionary Armed Forces of Colombia (FARC)"
    res = _score(text, {"perpetrator": "FARC"})
    assert res["perpetrator.accuracy"]["value"] == 1.0


def test_an_active_defusal_scores_the_blamed_group():
    text = ("Colombian forces deactivated forty kg of explosive devices attached to a boat on the river. The National "
            "Liberation Army (ELN) is being blamed.")
    assert _first_event(text).sub_event_type == "Disrupted weapons use"
    assert _score(text, {"perpetrator": "ELN"})["perpetrator.accuracy"]["value"] == 1.0


def test_acled_actor_names():
    # ACLED names a state's forces by the state and writes a group's two names with a colon or a dash
    police = "Police opened fire on a crowd in Srinagar on Monday, killing two people."
    assert _score(police, {"actor1": "Police Forces of India (2014-)"})["actor1.accuracy"]["value"] == 1.0
    assert _score(police, {"actor1": "Military Forces of India (2014-)"})["actor1.accuracy"]["value"] == 0.0
    m23 = "M23 rebels attacked an army post near Rutshuru on Monday."
    assert _score(m23, {"actor1": "M23: March 23 Movement"})["actor1.accuracy"]["value"] == 1.0
    bh = "Boko Haram fighters attacked a village near Gwoza on Monday, killing five people."
    assert _score(bh, {"actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"})["actor1.accuracy"][
        "value"] == 1.0
    assert _score(bh, {"actor1": "Islamic State (West Africa) - Lake Chad Faction"})["actor1.accuracy"]["value"] == 0.0


def test_acled_actor1_of_a_battle_is_the_side_named_first():
    text = "Military forces of Burkina Faso clashed with JNIM militants near Djibo on Monday."
    assert _score(text, {"actor1": "Military Forces of Burkina Faso (2022-)"})["actor1.accuracy"]["value"] == 1.0
    assert _score(text, {"actor1": "JNIM: Group for Support of Islam and Muslims"})["actor1.accuracy"]["value"] == 0.0


def test_acled_actor1_of_protests_and_riots():
    protest = "Police fired tear gas at hundreds of marchers in Nairobi on Monday."
    assert _score(protest, {"actor1": "Protesters (Kenya)"})["actor1.accuracy"]["value"] == 1.0
    riot = "Supporters of the party rioted in Peshawar on Monday, setting fire to a radio station."
    assert _score(riot, {"actor1": "Rioters (Pakistan)"})["actor1.accuracy"]["value"] == 1.0


def test_admin1_spelt_another_way_scores_but_another_compass_point_does_not():
    from khabar.eval.gold import GoldRecord
    from khabar.eval.run import Scorer
    text = "Assailants abducted a village chief in Yokotondou, Adamawa, Cameroon on Monday."
    for gold, ok in (("Adamawa", 1.0), ("Adamaoua", 1.0), ("Far North", 0.0)):
        sc = Scorer(default_reader())
        sc.score(GoldRecord("g-1", "gtd", text, "2024-03-06", {"admin1": gold, "country": "Cameroon"}))
        assert sc.results()["gtd"]["metrics"]["admin1.accuracy"]["value"] == ok, gold


DESCRIBED = "Separatist militants shot dead a schoolteacher near Pattani on Monday."


def test_a_described_group_is_no_named_perpetrator_in_rand_but_is_in_gtd():
    assert _first_event(DESCRIBED).perpetrator.canonical == "Separatists"
    assert _score(DESCRIBED, {"perpetrator": None})["perpetrator.invented"]["value"] == 0.0
    sc = Scorer(default_reader())
    sc.score(GoldRecord("g-1", "gtd", DESCRIBED, "2024-03-06", {"perpetrator": "Separatists"}))
    assert sc.results()["gtd"]["metrics"]["perpetrator.accuracy"]["value"] == 1.0
