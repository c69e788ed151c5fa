"""Gold readers on small files written here (never rows of the research data)."""

import json

import pytest

from khabar.errors import InputError
from khabar.eval.gold import read_gold


def test_jsonl(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text("\n".join(json.dumps({"id": f"x-{i}", "dataset": "gtd", "text": "t", "published": None,
                                       "gold": {"fatalities": i}}) for i in range(5)))
    recs = list(read_gold(p, limit=3))
    assert [r.id for r in recs] == ["x-0", "x-1", "x-2"] and recs[2].gold["fatalities"] == 2


def test_bad_jsonl_names_the_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"id": "a", "text": "t"}\nnot json\n')
    with pytest.raises(InputError, match="line 2"):
        list(read_gold(p))


def test_muc_templates(tmp_path):
    texts = tmp_path / "muc_texts.csv"
    keys = tmp_path / "muc_key_templates.csv"
    texts.write_text('docid,split,text,has_event_template\nD1,dev,"GUERRILLAS KILLED TWO SOLDIERS.",1\nD2,dev,"NOTHING.",0\n')
    keys.write_text(
        "docid,incident_type,perp_organization_id,hum_tgt_effect_of_incident,hum_tgt_number\n"
        'D1,ATTACK,"""SHINING PATH"" / ""SL""","DEATH: ""SOLDIERS""","2: ""SOLDIERS"""\n'
        "D2,*,*,*,*\n")
    recs = list(read_gold(texts))
    assert recs[0].gold["muc_incidents"] == [{"type": "ATTACK", "perpetrator": "SHINING PATH",
                                              "perpetrator_names": ["SHINING PATH", "SL"], "deaths": 2,
                                              "places": []}]
    assert recs[1].gold["muc_incidents"] == []


def test_unknown_file(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("x")
    with pytest.raises(InputError, match="not a gold file"):
        list(read_gold(p))


@pytest.mark.parametrize("slot, names", [
    # fillers ("|") and their synonyms ("/"): any of them is the perpetrator
    ('"ARMED FORCES" | "FMLN" / "FARABUNDO MARTI NATIONAL LIBERATION FRONT"',
     ["ARMED FORCES", "FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT"]),
    ('? "THE DRUG CARTEL"', ["THE DRUG CARTEL"]),  # uncertain: still the name
    ('"ELN [ARMY OF NATIONAL LIBERATION] GUERRILLAS"', ["ELN", "ARMY OF NATIONAL LIBERATION"]),  # the editor's gloss
    ('"SENDERO LUMINOSO FIGHTERS"', ["SENDERO LUMINOSO"]),
    ("*", []),
])
def test_muc_perpetrator_slot_names(slot, names):
    from khabar.eval.gold import _muc_org_names

    assert _muc_org_names(slot) == names


def test_muc_incident_location_names():
    from khabar.eval.gold import _muc_places

    assert _muc_places("EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)") == [
        "SAN LUIS DE LA REINA", "SAN MIGUEL"]
    assert _muc_places("PERU: LIMA (CITY)") == ["LIMA"]
    assert _muc_places("COLOMBIA") == [] and _muc_places("*") == []
