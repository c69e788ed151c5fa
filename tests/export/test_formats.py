"""The exporters, on four hand-built records as the store returns them: a claimed suicide bombing in Quetta with
party and state figures, an army-guerrilla battle in Colombia (negative longitude, week precision), a kidnapping
with no place, and a riot dated only to the month."""

from __future__ import annotations

import copy
import csv
import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.errors import ParameterError
from khabar.export import FORMATS, export
from khabar.export import formats as fm

DAWN = {"document_id": "d_ab12cd34ef56", "url": "https://www.dawn.com/news/1819101", "outlet": "Dawn",
        "published": "2024-03-05T10:00:00Z"}
TRIBUNE = {"document_id": "d_77aa88bb99cc", "url": "https://tribune.com.pk/story/2459010", "outlet": "Express Tribune",
           "published": "2024-03-05T14:30:00Z"}


def _figure(kind: str, low: int, high: int, qualifier: str, claimant: dict, modality: str, source: dict,
            sentence: str, number: str) -> dict:
    start = sentence.index(number)
    return {"kind": kind, "low": low, "high": high, "qualifier": qualifier, "subject": "people", "subject_role": "victim",
            "claimant": claimant, "modality": modality, "document_id": source["document_id"],
            "outlet": source["outlet"], "published": source["published"], "url": source["url"],
            "evidence": {"start": start, "end": start + len(number), "text": number, "sentence": sentence}}


POLICE = {"text": "police", "canonical": None, "type": "state"}
TTP_CLAIM = {"text": "the TTP", "canonical": "Tehrik-i-Taliban Pakistan (TTP)", "type": "perpetrator"}
S1 = "At least 25 people were killed and 40 injured, police said."
S2 = "The TTP said 33 policemen had been killed in the attack."

QUETTA: dict[str, Any] = {
    "id": "ev_3f2a9c1d0b7e",
    "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "plover": "ASSAULT",
    "mode": "suicide", "attack_type": "Bombing/Explosion", "weapon": "explosives",
    "date": "2024-03-04", "date_precision": 1,
    "place": {"name": "Quetta", "country": "Pakistan", "iso": "PK", "admin1": "Balochistan", "admin2": "Quetta",
              "lat": 30.18, "lon": 66.97, "precision": 1},
    "perpetrator": {"name": "Tehrik-i-Taliban Pakistan (TTP)", "text": "TTP", "actor_type": 2, "modality": "claimed"},
    "target": {"name": "Police Forces of Pakistan", "text": "police", "actor_type": 1, "category": "police"},
    "specificity": "specific", "modality": "asserted",
    "totals": {"killed": {"low": 21, "best": 25, "high": 33}, "injured": {"low": 40, "best": 40, "high": 52}},
    "contested": True, "flags": ["party_only", "rising_toll", "contested"],
    "figures": [
        _figure("killed", 25, 25, "at_least", POLICE, "asserted", DAWN, S1, "25"),
        _figure("injured", 40, 40, "exact", POLICE, "asserted", DAWN, S1, "40"),
        _figure("killed", 33, 33, "exact", TTP_CLAIM, "claimed", TRIBUNE, S2, "33"),
    ],
    # the store lists one source per mention: Dawn twice (two mentions in one article)
    "sources": [DAWN, dict(DAWN), TRIBUNE],
    "notes": 'A suicide bomber blew himself up near a police van on Sariab Road, Quetta, killing "at least 25" '
             'people, police said.\nThe TTP said 33 "enemy personnel" died.',
}

ARAUCA: dict[str, Any] = {
    "id": "ev_a1b2c3d4e5f6",
    "event_type": "Battles", "sub_event_type": "Armed clash", "plover": "FIGHT",
    "mode": "firearms", "attack_type": "Armed Assault", "weapon": "firearms",
    "date": "2024-05-15", "date_precision": 2,
    "place": {"name": "Tame", "country": "Colombia", "iso": "CO", "admin1": "Arauca", "admin2": "Tame",
              "lat": 6.4606, "lon": -71.7362, "precision": 3},
    "perpetrator": {"name": "ELN: National Liberation Army", "text": "ELN guerrillas", "actor_type": 2,
                    "modality": "asserted"},
    "target": {"name": "Military Forces of Colombia", "text": "soldiers", "actor_type": 1,
               "category": "security forces"},
    "specificity": "specific", "modality": "asserted",
    "totals": {"killed": {"low": 4, "best": None, "high": 7}},
    "contested": False, "flags": ["single_source"],
    "figures": [],
    "sources": [{"document_id": "d_e1e2e3e4e5e6", "url": "https://www.eltiempo.com/justicia/3345",
                 "outlet": "El Tiempo", "published": "2024-05-18T08:00:00Z"}],
    "notes": "Between four and seven soldiers died in clashes with ELN guerrillas in Tame, Arauca, last week.",
}

KIDNAP: dict[str, Any] = {
    "id": "ev_0c0ffee00001",
    "event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance",
    "plover": "ASSAULT", "mode": "abduction", "attack_type": "Hostage Taking (Kidnapping)", "weapon": None,
    "date": "2024-01-20", "date_precision": 1,
    "place": None,
    "perpetrator": {"name": "Unidentified Armed Group (Pakistan)", "text": "unknown gunmen", "actor_type": 3,
                    "modality": "asserted"},
    "target": {"name": "Civilians (Pakistan)", "text": "bus passengers", "actor_type": 7, "category": "civilians"},
    "specificity": "specific", "modality": "asserted",
    "totals": {"abducted": {"low": None, "best": 11, "high": None}},
    "contested": False, "flags": ["single_source"],
    "figures": [],
    "sources": [{"document_id": "d_0a0b0c0d0e0f", "url": "https://www.thenews.com.pk/latest/1150000",
                 "outlet": "The News", "published": "2024-01-21T06:00:00Z"}],
    "notes": "Unknown gunmen abducted 11 bus passengers, the report said.",
}

RIOT: dict[str, Any] = {
    "id": "ev_5e5e5e5e5e5e",
    "event_type": "Riots", "sub_event_type": "Violent demonstration", "plover": "PROTEST",
    "mode": None, "attack_type": None, "weapon": None,
    "date": "2024-02-10", "date_precision": 3,
    "place": {"name": "Sindh", "country": "Pakistan", "iso": "PK", "admin1": "Sindh", "admin2": None,
              "lat": 25.89, "lon": 68.52, "precision": 4},
    "perpetrator": {"name": "Rioters (Pakistan)", "text": "protesters", "actor_type": 5, "modality": "asserted"},
    "target": None,
    "specificity": "specific", "modality": "asserted",
    "totals": {}, "contested": False, "flags": [], "figures": [],
    "sources": [{"document_id": "d_1111aaaa2222", "url": "https://www.dawn.com/news/1814000", "outlet": "Dawn",
                 "published": "2024-03-01T09:00:00Z"}],
    "notes": "Protesters torched vehicles across Sindh in February over the election results.",
}

EVENTS = [QUETTA, ARAUCA, KIDNAP, RIOT]

ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
UCDP_HEADER = [
    "id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "date_prec", "country", "adm_1", "adm_2",
    "where_coordinates", "latitude", "longitude", "where_prec", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "low", "best", "high", "number_of_sources", "source_article", "source_headline",
]


def _csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _export(tmp_path: Path, fmt: str, events: list[dict] | None = None, name: str = "out") -> tuple[Path, int]:
    out = tmp_path / name
    n = export(iter(events if events is not None else EVENTS), fmt, out)
    return out, n


# ---------------------------------------------------------------------------------------------------- acled-csv

def test_acled_header_and_values(tmp_path: Path) -> None:
    out, n = _export(tmp_path, "acled-csv")
    header, rows = _csv(out)
    assert n == 4 and len(rows) == 4
    assert header == ACLED_HEADER == [c for c, _, _ in fm.ACLED_COLUMNS]
    q, a, k, r = rows

    assert q == {
        "event_id_cnty": "PK3f2a9c1d0b7e", "event_date": "2024-03-04", "year": "2024", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb", "actor1": "Tehrik-i-Taliban Pakistan (TTP)", "assoc_actor_1": "",
        "inter1": "2", "actor2": "Police Forces of Pakistan", "assoc_actor_2": "", "inter2": "1",
        "interaction": "12", "civilian_targeting": "", "iso": "PK", "region": "", "country": "Pakistan",
        "admin1": "Balochistan", "admin2": "Quetta", "admin3": "", "location": "Quetta", "latitude": "30.18",
        "longitude": "66.97", "geo_precision": "1", "source": "Dawn; Express Tribune", "source_scale": "",
        "notes": QUETTA["notes"], "fatalities": "25", "tags": "party_only; rising_toll; contested", "timestamp": "",
    }
    # battle: week precision, admin2 place, best missing -> low; negative longitude written as a number
    assert (a["time_precision"], a["geo_precision"], a["interaction"], a["fatalities"]) == ("2", "2", "12", "4")
    assert a["longitude"] == "-71.7362" and a["latitude"] == "6.4606"
    assert a["disorder_type"] == "Political violence" and a["event_id_cnty"] == "COa1b2c3d4e5f6"
    # kidnapping with no place: no country prefix, empty geography, civilians targeted, no deaths -> 0
    assert k["event_id_cnty"] == "0c0ffee00001"
    assert (k["iso"], k["country"], k["location"], k["latitude"], k["geo_precision"]) == ("", "", "", "", "")
    assert (k["interaction"], k["civilian_targeting"], k["fatalities"]) == ("37", "Civilian targeting", "0")
    # riot dated to the month, admin1 place, one actor
    assert (r["time_precision"], r["geo_precision"], r["interaction"]) == ("3", "3", "50")
    assert (r["disorder_type"], r["actor2"], r["inter2"], r["tags"]) == ("Demonstrations", "", "", "")


@pytest.mark.parametrize(("ours", "acled"), [(1, "1"), (2, "2"), (3, "3"), (4, "3"), (0, "3")])
def test_acled_time_precision(tmp_path: Path, ours: int, acled: str) -> None:
    out, _ = _export(tmp_path, "acled-csv", [dict(QUETTA, date_precision=ours)])
    assert _csv(out)[1][0]["time_precision"] == acled


@pytest.mark.parametrize(("ours", "acled"), [(1, "1"), (2, "2"), (3, "2"), (4, "3"), (5, "3")])
def test_acled_geo_precision(tmp_path: Path, ours: int, acled: str) -> None:
    out, _ = _export(tmp_path, "acled-csv", [dict(QUETTA, place=dict(QUETTA["place"], precision=ours))])
    assert _csv(out)[1][0]["geo_precision"] == acled


@pytest.mark.parametrize(("perp", "target", "interaction"), [
    (2, 1, "12"), (1, 2, "12"), (3, 7, "37"), (1, 1, "11"), (6, None, "60"), (None, 7, "70"), (None, None, ""),
])
def test_acled_interaction(tmp_path: Path, perp: int | None, target: int | None, interaction: str) -> None:
    ev = dict(QUETTA, perpetrator=dict(QUETTA["perpetrator"], actor_type=perp),
              target=dict(QUETTA["target"], actor_type=target))
    out, _ = _export(tmp_path, "acled-csv", [ev])
    assert _csv(out)[1][0]["interaction"] == interaction


@pytest.mark.parametrize(("event_type", "sub", "disorder"), [
    ("Battles", "Armed clash", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Riots", "Mob violence", "Political violence"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Strategic developments", "Arrests", "Strategic developments"),
])
def test_acled_disorder_type(tmp_path: Path, event_type: str, sub: str, disorder: str) -> None:
    out, _ = _export(tmp_path, "acled-csv", [dict(QUETTA, event_type=event_type, sub_event_type=sub)])
    assert _csv(out)[1][0]["disorder_type"] == disorder


def test_civilian_targeting_by_category(tmp_path: Path) -> None:
    ev = dict(QUETTA, target={"name": "Shia pilgrims", "actor_type": None, "category": "civilians"})
    out, _ = _export(tmp_path, "acled-csv", [ev])
    assert _csv(out)[1][0]["civilian_targeting"] == "Civilian targeting"


def test_notes_round_trip_through_csv_reader(tmp_path: Path) -> None:
    notes = 'He said, "they came at night, with guns",\nand left; 3 dead.\r\nOthers: "none".'
    out, _ = _export(tmp_path, "acled-csv", [dict(QUETTA, notes=notes), RIOT])
    _, rows = _csv(out)
    assert rows[0]["notes"] == notes and rows[1]["event_id_cnty"] == "PK5e5e5e5e5e5e"
    raw = out.read_bytes()
    assert raw.startswith(b"event_id_cnty,") and not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\n")


def test_formula_injection_guarded_in_csv_only(tmp_path: Path) -> None:
    ev = dict(QUETTA, perpetrator=dict(QUETTA["perpetrator"], name='=HYPERLINK("http://evil.example","x")'),
              target=dict(QUETTA["target"], name="+92 300 0000000"),
              notes="-2 dead, @police said", flags=["=cmd|' /C calc'!A0"])
    acled, _ = _export(tmp_path, "acled-csv", [ev], "a.csv")
    row = _csv(acled)[1][0]
    assert row["actor1"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["actor2"] == "'+92 300 0000000"
    assert row["notes"] == "'-2 dead, @police said"
    assert row["tags"] == "'=cmd|' /C calc'!A0"
    assert row["interaction"] == "12" and row["longitude"] == "66.97"  # numbers untouched
    ucdp, _ = _export(tmp_path, "ucdp-csv", [ev], "u.csv")
    urow = _csv(ucdp)[1][0]
    assert urow["side_a"] == "'+92 300 0000000" and urow["side_b"].startswith("'=HYPERLINK")
    neg, _ = _export(tmp_path, "ucdp-csv", [ARAUCA], "n.csv")
    assert _csv(neg)[1][0]["longitude"] == "-71.7362"
    # data formats carry the text unchanged
    jl, _ = _export(tmp_path, "plover-jsonl", [ev], "p.jsonl")
    assert json.loads(jl.read_text(encoding="utf-8"))["actor"].startswith("=HYPERLINK")


# ----------------------------------------------------------------------------------------------------- ucdp-csv

def test_ucdp_header_and_values(tmp_path: Path) -> None:
    out, n = _export(tmp_path, "ucdp-csv")
    header, rows = _csv(out)
    assert n == 4
    assert header == UCDP_HEADER == [c for c, _, _ in fm.UCDP_COLUMNS]
    q, a, k, r = rows
    assert q == {
        "id": "ev_3f2a9c1d0b7e", "type_of_violence": "1", "side_a": "Police Forces of Pakistan",
        "side_b": "Tehrik-i-Taliban Pakistan (TTP)", "date_start": "2024-03-04", "date_end": "2024-03-04",
        "date_prec": "1", "country": "Pakistan", "adm_1": "Balochistan", "adm_2": "Quetta",
        "where_coordinates": "Quetta", "latitude": "30.18", "longitude": "66.97", "where_prec": "1",
        "deaths_a": "", "deaths_b": "", "deaths_civilians": "", "deaths_unknown": "",
        "low": "21", "best": "25", "high": "33", "number_of_sources": "2",
        "source_article": "https://www.dawn.com/news/1819101; https://tribune.com.pk/story/2459010",
        "source_headline": "",
    }
    # battle: the state is side_a whoever attacked; week -> 3; admin2 -> 3; best missing stays empty
    assert (a["type_of_violence"], a["side_a"], a["side_b"]) == ("1", "Military Forces of Colombia",
                                                                 "ELN: National Liberation Army")
    assert (a["date_start"], a["date_end"], a["date_prec"], a["where_prec"]) == ("2024-05-13", "2024-05-19", "3", "3")
    assert (a["low"], a["best"], a["high"]) == ("4", "", "7")
    # one-sided, no place
    assert (k["type_of_violence"], k["side_a"], k["side_b"]) == ("3", "Unidentified Armed Group (Pakistan)",
                                                                 "Civilians (Pakistan)")
    assert (k["country"], k["latitude"], k["where_prec"], k["number_of_sources"]) == ("", "", "", "1")
    # riot: no UCDP type; month precision -> the whole of February 2024 (leap year)
    assert (r["type_of_violence"], r["date_start"], r["date_end"], r["date_prec"]) == ("", "2024-02-01",
                                                                                      "2024-02-29", "4")
    assert (r["where_prec"], r["low"], r["best"], r["high"]) == ("4", "", "", "")


@pytest.mark.parametrize(("date", "prec", "start", "end", "date_prec"), [
    ("2024-02-10", 1, "2024-02-10", "2024-02-10", "1"),
    ("2024-02-10", 2, "2024-02-05", "2024-02-11", "3"),
    ("2024-02-10", 3, "2024-02-01", "2024-02-29", "4"),
    ("2023-02-10", 3, "2023-02-01", "2023-02-28", "4"),
    ("2024-12-31", 3, "2024-12-01", "2024-12-31", "4"),
    ("2024-02-10", 4, "2024-01-01", "2024-12-31", "5"),
    ("2024-02-10", 0, "2024-01-01", "2024-12-31", "5"),
    (None, 0, "", "", ""),
])
def test_ucdp_dates(tmp_path: Path, date: str | None, prec: int, start: str, end: str, date_prec: str) -> None:
    out, _ = _export(tmp_path, "ucdp-csv", [dict(RIOT, date=date, date_precision=prec)])
    row = _csv(out)[1][0]
    assert (row["date_start"], row["date_end"], row["date_prec"]) == (start, end, date_prec)


@pytest.mark.parametrize(("ours", "ucdp"), [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "6")])
def test_ucdp_where_prec(tmp_path: Path, ours: int, ucdp: str) -> None:
    out, _ = _export(tmp_path, "ucdp-csv", [dict(QUETTA, place=dict(QUETTA["place"], precision=ours))])
    assert _csv(out)[1][0]["where_prec"] == ucdp


@pytest.mark.parametrize(("perp", "target", "event_type", "violence"), [
    (2, 1, "Explosions/Remote violence", "1"),
    (8, 1, "Battles", "1"),
    (1, 8, "Battles", "1"),
    (2, 4, "Battles", "2"),
    (3, 3, "Battles", "2"),
    (1, 7, "Explosions/Remote violence", "3"),
    (1, None, "Violence against civilians", "3"),
    (1, 3, "Battles", ""),
    (5, None, "Riots", ""),
])
def test_ucdp_type_of_violence(tmp_path: Path, perp: int, target: int | None, event_type: str,
                               violence: str) -> None:
    ev = dict(QUETTA, event_type=event_type, perpetrator=dict(QUETTA["perpetrator"], actor_type=perp),
              target=None if target is None else {"name": "Other side", "actor_type": target, "category": None})
    out, _ = _export(tmp_path, "ucdp-csv", [ev])
    row = _csv(out)[1][0]
    assert row["type_of_violence"] == violence
    if violence == "3" and target is None:
        assert row["side_b"] == "Civilians"


# ------------------------------------------------------------------------------------------------- plover-jsonl

def test_plover_jsonl(tmp_path: Path) -> None:
    out, n = _export(tmp_path, "plover-jsonl")
    lines = out.read_text(encoding="utf-8").split("\n")
    assert n == 4 and lines[-1] == "" and len(lines) == 5
    objs = [json.loads(line) for line in lines[:-1]]
    assert [o["event_type"] for o in objs] == ["ASSAULT", "FIGHT", "ASSAULT", "PROTEST"]
    assert [o["mode"] for o in objs] == ["suicide-attack", "firearms", "abduct", "riot"]
    q = objs[0]
    assert set(q) == {"id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
                      "recipient_country", "location", "attributes", "source_documents", "khabar"}
    assert (q["id"], q["date"], q["context"]) == ("ev_3f2a9c1d0b7e", "2024-03-04", [])
    assert (q["actor"], q["recipient"]) == ("Tehrik-i-Taliban Pakistan (TTP)", "Police Forces of Pakistan")
    assert q["location"] == {"name": "Quetta", "country": "Pakistan", "admin1": "Balochistan", "admin2": "Quetta",
                             "lat": 30.18, "lon": 66.97}
    assert q["attributes"] == {"fatalities": 25, "injuries": 40}
    assert q["source_documents"] == ["d_ab12cd34ef56", "d_77aa88bb99cc"]
    assert q["khabar"] == QUETTA
    k = objs[2]
    assert k["location"] == dict.fromkeys(("name", "country", "admin1", "admin2", "lat", "lon"))
    assert k["attributes"] == {"fatalities": None, "injuries": None}


def test_plover_jsonl_keeps_unicode_and_escapes_line_separators(tmp_path: Path) -> None:
    ev = dict(QUETTA, notes="کوئٹہ میں دھماکہ\u2028second line")
    out, _ = _export(tmp_path, "plover-jsonl", [ev])
    text = out.read_text(encoding="utf-8")
    assert "کوئٹہ" in text and "\u2028" not in text and len(text.splitlines()) == 1
    assert json.loads(text)["khabar"]["notes"] == ev["notes"]


# ------------------------------------------------------------------------------------------------------ geojson

def test_geojson(tmp_path: Path) -> None:
    out, n = _export(tmp_path, "geojson")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert n == 3 and [f["properties"]["id"] for f in doc["features"]] == [
        "ev_3f2a9c1d0b7e", "ev_a1b2c3d4e5f6", "ev_5e5e5e5e5e5e"]  # the placeless kidnapping is skipped
    q, a, _ = doc["features"]
    assert q["type"] == "Feature" and q["geometry"] == {"type": "Point", "coordinates": [66.97, 30.18]}
    assert a["geometry"]["coordinates"] == [-71.7362, 6.4606]
    assert q["properties"] == {
        "id": "ev_3f2a9c1d0b7e", "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
        "date": "2024-03-04", "country": "Pakistan", "admin1": "Balochistan", "location": "Quetta",
        "perpetrator": "Tehrik-i-Taliban Pakistan (TTP)", "fatalities_best": 25, "fatalities_low": 21,
        "fatalities_high": 33, "contested": True, "n_sources": 2,
    }
    assert (a["properties"]["fatalities_best"], a["properties"]["contested"]) == (None, False)


def test_geojson_skips_unusable_coordinates(tmp_path: Path) -> None:
    bad = [dict(QUETTA, place=dict(QUETTA["place"], lat=None)),
           dict(QUETTA, place=dict(QUETTA["place"], lat=float("nan"))),
           dict(QUETTA, place=dict(QUETTA["place"], lat=130.0))]
    out, n = _export(tmp_path, "geojson", bad)
    assert n == 0 and json.loads(out.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


# ------------------------------------------------------------------------------------------------------ parquet

def test_parquet_round_trip(tmp_path: Path) -> None:
    out, n = _export(tmp_path, "parquet")
    table = pq.read_table(out)
    assert n == 4 and table.num_rows == 4
    assert table.schema.names == [c for c, _, _, _ in fm.PARQUET_COLUMNS]
    types = {f.name: f.type for f in table.schema}
    assert types["date"] == pa.string() and types["date_precision"] == pa.int8()
    assert types["lat"] == pa.float64() and types["killed_best"] == pa.int64()
    assert types["flags"] == pa.list_(pa.string()) and types["outlets"] == pa.list_(pa.string())
    assert types["contested"] == pa.bool_() and types["n_sources"] == pa.int32()
    # an all-null column keeps its declared type
    assert types["arrested_best"] == pa.int64() and table.column("arrested_best").null_count == 4

    q, a, k, r = table.to_pylist()
    assert q == {
        "id": "ev_3f2a9c1d0b7e", "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
        "plover": "ASSAULT", "mode": "suicide", "attack_type": "Bombing/Explosion", "weapon": "explosives",
        "date": "2024-03-04", "date_precision": 1, "country": "Pakistan", "iso": "PK", "admin1": "Balochistan",
        "admin2": "Quetta", "location": "Quetta", "lat": 30.18, "lon": 66.97, "geo_precision": 1,
        "perpetrator": "Tehrik-i-Taliban Pakistan (TTP)", "perpetrator_type": 2,
        "target": "Police Forces of Pakistan", "target_type": 1,
        "killed_low": 21, "killed_best": 25, "killed_high": 33, "injured_low": 40, "injured_best": 40,
        "injured_high": 52, "abducted_best": None, "arrested_best": None, "contested": True,
        "flags": ["party_only", "rising_toll", "contested"], "n_sources": 2, "outlets": ["Dawn", "Express Tribune"],
        "figures_json": q["figures_json"],
    }
    assert json.loads(q["figures_json"]) == QUETTA["figures"]
    assert (a["killed_low"], a["killed_best"], a["lon"], a["geo_precision"]) == (4, None, -71.7362, 3)
    assert (k["country"], k["lat"], k["geo_precision"], k["abducted_best"], k["target_type"]) == (
        None, None, None, 11, 7)
    assert (r["target"], r["target_type"], r["flags"], r["mode"], r["figures_json"]) == (None, None, [], None, "[]")


def test_parquet_row_groups_and_empty_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fm, "PARQUET_BATCH", 3)
    out, n = _export(tmp_path, "parquet", EVENTS * 2, "batched.parquet")
    meta = pq.ParquetFile(out).metadata
    assert n == 8 and meta.num_rows == 8 and meta.num_row_groups == 3
    empty, n0 = _export(tmp_path, "parquet", [], "empty.parquet")
    table = pq.read_table(empty)
    assert n0 == 0 and table.num_rows == 0 and table.schema.names == [c for c, _, _, _ in fm.PARQUET_COLUMNS]


# ----------------------------------------------------------------------------------------------- export() itself

def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="unknown export format 'xlsx'"):
        export(EVENTS, "xlsx", tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_failure_leaves_no_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.write_text("previous export\n")

    def events():
        yield QUETTA
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        export(events(), fmt, out)
    assert out.read_text() == "previous export\n" and os.listdir(tmp_path) == ["out"]


def test_streams_a_one_shot_iterator_and_counts(tmp_path: Path) -> None:
    seen: list[str] = []

    def events():
        for ev in EVENTS:
            seen.append(ev["id"])
            yield copy.deepcopy(ev)

    assert export(events(), "acled-csv", tmp_path / "a.csv") == 4 and len(seen) == 4


def test_bad_records_and_outputs(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="event #2 is a str"):
        export([QUETTA, "ev_1"], "acled-csv", tmp_path / "a.csv")
    with pytest.raises(ParameterError, match="directory"):
        export(EVENTS, "acled-csv", tmp_path)
    with pytest.raises(ParameterError, match="cannot write"):
        export(EVENTS, "acled-csv", tmp_path / "missing" / "a.csv")


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    before = copy.deepcopy(EVENTS)
    for fmt in FORMATS:
        export(EVENTS, fmt, tmp_path / fmt)
    assert EVENTS == before
