"""The flagship: ../shared/corpus/seed_article.txt, a group's claim printed by the headline as fact."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path


@pytest.fixture(scope="module")
def doc(reader):
    text = shared_path("corpus", "seed_article.txt").read_text(encoding="utf-8")
    return reader.read(text)


def test_headline_is_the_first_line(doc):
    assert doc.headline is not None and doc.headline.startswith("Baloch Separatists Execute 214")


def test_exactly_one_specific_event(doc):
    assert len(doc.events) == 1
    assert doc.events[0].specificity == "specific"


def test_type_killing_of_captives(doc):
    ev = doc.events[0]
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.mode == "execution"


def test_perpetrator_is_the_bla(doc):
    p = doc.events[0].perpetrator
    assert p is not None and p.canonical == "Baloch Liberation Army" and p.actor_type == 2


def test_victims_are_pakistani_army_captives(doc):
    t = doc.events[0].target
    assert t is not None and t.category == "captives" and t.country == "PK" and t.actor_type == 1
    assert "captives" in t.text


def test_place_is_balochistan_at_province_precision(doc):
    p = doc.events[0].place
    assert p is not None
    assert (p.admin1, p.iso, p.precision) == ("Balochistan", "PK", 4)
    assert p.admin1_iso == "PK-BA"


def test_date_is_unknown(doc):
    d = doc.events[0].date
    assert d.value is None and d.precision == 0


def test_214_killed_is_a_claim_by_the_bla(doc):
    ev = doc.events[0]
    killed = [f for f in ev.figures if f.kind == "killed"]
    assert len(killed) == 1
    f = killed[0]
    assert (f.low, f.high, f.qualifier) == (214, 214, "exact")
    assert f.claimant.claimant_type == "perpetrator"
    assert f.claimant.canonical == "Baloch Liberation Army"
    assert f.modality == "claimed"
    assert not any(g.modality == "asserted" and g.kind == "killed" for g in ev.figures)
    assert doc.text[f.span.start:f.span.end] == "214"


def test_event_is_claimed_not_asserted(doc):
    assert doc.events[0].modality == "claimed"


def test_headline_body_mismatch_flagged(doc):
    names = {f.name for f in doc.flags}
    assert "headline_attribution_mismatch" in names
    assert "party_only_figures" in names


def test_every_span_is_evidence(doc):
    ev = doc.events[0]
    spans = list(ev.evidence) + [f.span for f in ev.figures] + [ev.place.span, ev.perpetrator.span, ev.target.span]
    for s in spans:
        if s.field == "text":
            assert doc.text[s.start:s.end] == s.text
