"""The perpetrator ranker: its candidates, its features and its decision (``khabar.learn.perpetrator``)."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.learn.features import hashed
from khabar.learn.linear import LinearModel, load_model
from khabar.learn.perpetrator import Candidate, candidate_features, eligible, event_view, feature_names, rank
from khabar.pipeline import Reader


@pytest.fixture(scope="module")
def rules() -> Reader:
    return Reader(learned=False)


def _model(weights: dict[str, float], bias: float, threshold: float = 0.5, drop: float = 0.2,
           switch: float | None = None) -> LinearModel:
    """A one-label model with the given weight on each named feature (hashed as the ranker hashes them)."""
    meta = {"drop_threshold": drop} if switch is None else {"drop_threshold": drop, "switch_threshold": switch}
    idx = {f: next(iter(hashed([f]))) for f in weights}
    order = sorted(weights, key=idx.__getitem__)
    scale = max(abs(w) for w in weights.values()) / 127.0
    w = np.array([[round(weights[f] / scale)] for f in order], dtype=np.int8)
    return LinearModel(["perpetrator"], "multilabel", np.array([idx[f] for f in order], dtype=np.uint32), w, scale,
                       [bias], [threshold], meta)


def test_candidates_are_named_non_state_groups_with_all_their_mentions(rules):
    doc = rules.read("Police said the ELN carried out the attack on the pipeline. Gunmen also fired on soldiers. "
                     "The ELN denied it; the FARC was not involved.", check_language=False)
    names = [c.canonical for c in doc.groups]
    assert len(names) == 2 and len(set(names)) == 2  # ELN and FARC; not the police, gunmen or soldiers
    eln = doc.groups[0]
    assert len(eln.spans) == 2 and all(doc.text[s:e] == "ELN" for s, e in eln.spans)


def test_features_depend_on_where_the_group_stands(rules):
    text = "The FARC claimed the bombing of the pipeline. Residents said the ELN is active in the area."
    doc = rules.read(text, check_language=False)
    sents = [(s.start, s.end) for s in doc.sentences]
    view = event_view(doc.events[0])
    a = candidate_features(text, sents, doc.groups, view, 0)
    b = candidate_features(text, sents, doc.groups, view, 1)
    assert a and b and a != b
    assert candidate_features(text, sents, doc.groups, view, 0) == a  # deterministic


def test_rank_names_the_best_group_as_alleged_and_keeps_its_span(rules):
    text = "A bomb exploded at the power station in Medellin. The ELN had threatened the station's owners last year."
    doc = rules.read(text, check_language=False)
    assert doc.events[0].perpetrator is None and [c.canonical for c in doc.groups]
    rank(doc, _model({"R1:had": 60.0}, bias=-1.0))  # "ELN had ...": the only feature that counts here
    p = doc.events[0].perpetrator
    assert p is not None and doc.events[0].perpetrator_modality == "alleged"
    assert doc.text[p.span.start:p.span.end] == p.text == "ELN"


def test_rank_drops_the_rules_group_below_the_threshold_and_keeps_the_state(rules):
    doc = rules.read("ELN guerrillas blew up an oil pipeline near Saravena.", check_language=False)
    assert doc.events[0].perpetrator is not None and doc.events[0].perpetrator.actor_type in (2, 3)
    rank(doc, _model({"nc=1": 1.0}, bias=-9.0))
    assert doc.events[0].perpetrator is None
    state = rules.read("Soldiers shot dead two ELN guerrillas near Saravena.", check_language=False)
    before = state.events[0].perpetrator
    assert before is not None and before.actor_type == 1
    rank(state, _model({"nc=1": 1.0}, bias=9.0))
    assert state.events[0].perpetrator is before


def test_rank_keeps_a_claim_and_a_group_above_the_drop_threshold(rules):
    claimed = rules.read("A bomb exploded at a bank in Bilbao. ETA claimed responsibility.", check_language=False)
    assert claimed.events[0].perpetrator_modality == "claimed"
    rank(claimed, _model({"nc=1": 1.0}, bias=-9.0))
    assert claimed.events[0].perpetrator is not None
    doc = rules.read("ELN guerrillas blew up an oil pipeline near Saravena.", check_language=False)
    rank(doc, _model({"nc=1": 1.0}, bias=-1.0, threshold=0.9, drop=0.1))  # p ~0.27: not chosen, not dropped
    assert doc.events[0].perpetrator is not None


def test_another_group_replaces_the_rules_group_only_above_the_switch_threshold(rules):
    text = "ELN guerrillas blew up an oil pipeline near Saravena. The FARC had threatened the company last year."
    ruled = rules.read(text, check_language=False).events[0].perpetrator
    assert ruled is not None and "ELN" in ruled.canonical
    weights = {"R1:had": 12.0}  # the FARC mention's feature ("FARC had threatened")
    doc = rules.read(text, check_language=False)
    sents = [(s.start, s.end) for s in doc.sentences]
    cands = eligible(doc, doc.events[0])
    p = [_model(weights, bias=-1.5).proba(candidate_features(text, sents, cands, event_view(doc.events[0]), k))[0]
         for k in range(len(cands))]
    assert [c.canonical for c in cands] == [ruled.canonical, doc.groups[1].canonical] and p[0] < 0.5 < p[1] < 0.95
    high = rules.read(text, check_language=False)
    rank(high, _model(weights, bias=-1.5, threshold=0.5, drop=0.1, switch=0.95))
    assert high.events[0].perpetrator.canonical == ruled.canonical  # clears the threshold, not the switch
    low = rules.read(text, check_language=False)
    rank(low, _model(weights, bias=-1.5, threshold=0.95, drop=0.1, switch=0.5))
    assert "FARC" in low.events[0].perpetrator.canonical and low.events[0].perpetrator_modality == "alleged"


def test_features_say_on_which_side_of_the_act_a_group_stands(rules):
    text = "The ELN blew up an oil pipeline near Saravena, police said, blaming the FARC as well."
    doc = rules.read(text, check_language=False)
    sents = [(s.start, s.end) for s in doc.sentences]
    view = event_view(doc.events[0])
    assert view.triggers and [c.canonical for c in doc.groups]
    sides = [{f.split(":")[0] for f in feature_names(text, sents, doc.groups, view, i) if f.startswith("trig=")}
             for i in range(len(doc.groups))]
    assert sides[0] == {"trig=before"} and sides[-1] == {"trig=after"}


def test_groups_named_before_the_event_are_not_candidates(rules):
    doc = rules.read("Police blamed the ELN for last year's bombing. On Monday gunmen shot dead a councillor in "
                     "Cucuta. The FARC denied any part in it.", published="2024-03-06", check_language=False)
    ev = doc.events[0]
    assert ev.sub_event_type == "Attack" and len(doc.groups) == 2
    assert [c.canonical for c in eligible(doc, ev)] == [doc.groups[1].canonical]


def test_rank_leaves_a_document_without_groups_alone(rules):
    doc = rules.read("Gunmen shot dead a shopkeeper in Yala on Monday.", check_language=False)
    before = doc.events[0].perpetrator
    rank(doc, _model({"nc=1": 1.0}, bias=9.0))
    assert doc.groups == [] and doc.events[0].perpetrator is before


def test_candidate_is_a_plain_value():
    c = Candidate("Shining Path", 2, ((0, 12),), "PE")
    assert c == Candidate("Shining Path", 2, ((0, 12),), "PE") and hash(c) == hash(Candidate("Shining Path", 2, ((0, 12),), "PE"))


_SHIPPED = pytest.mark.skipif(load_model("perpetrator") is None, reason="the perpetrator ranker is not installed")


@_SHIPPED
@pytest.mark.parametrize(("text", "canonical"), [
    # named in a way no rule parses: a threat before, a device like the group's
    ("A bomb exploded at the power station in Medellin. The ELN had threatened the station's owners last year.",
     "National Liberation Army of Colombia (ELN)"),
    ("A bomb exploded outside a bank in Lima, wounding four people. The device was similar to those used by the "
     "Shining Path.", "Shining Path (SL)"),
    # the victims' party, and two groups said to operate in the area, are nobody's name for the attacker
    ("Gunmen shot dead three members of the Patriotic Union party in Meta department.", None),
    ("Unidentified gunmen killed two farmers in Cauca. The FARC and the ELN both operate in the area.", None),
])
def test_shipped_ranker_names_the_perpetrator(text, canonical):
    ev = Reader().read(text, published="2024-03-06", check_language=False).events[0]
    p = ev.perpetrator
    named = p.canonical if p is not None and p.actor_type in (2, 3, 4) and not p.canonical.startswith("Unidentified") \
        else None
    assert named == canonical
    if canonical is not None:
        assert ev.perpetrator_modality == "alleged"


@_SHIPPED
def test_shipped_ranker_has_the_figures_of_its_training_run():
    m = load_model("perpetrator")
    assert m.labels == ["perpetrator"] and len(m.thresholds) == 1 and 0 < m.thresholds[0] < 1
    held = m.meta["held_apart"]["rand"]
    assert held["accuracy"]["model"] > held["accuracy"]["rules"] and held["invented"]["model"] <= 0.05
