"""The store's commands end to end: ingest, stats, events, show, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from khabar.cli import cli, main  # noqa: F401  (main registers the commands)
from tests.store.conftest import wire_texts, write_jsonl

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(*args: str, ok: bool = True):
    import khabar.cli.eval  # noqa: F401
    import khabar.cli.read  # noqa: F401
    import khabar.cli.store  # noqa: F401

    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if ok:
        assert res.exit_code == 0, res.output
    return res


def test_ingest_stats_events_show_export(tmp_path):
    db = str(tmp_path / "k.sqlite")
    src = tmp_path / "batch.jsonl"
    write_jsonl(src, wire_texts(9))
    out = run("ingest", str(EXAMPLES), str(src), "--db", db).output
    assert "13 new" in out and "0 failed" in out
    stats = json.loads(run("stats", "--db", db, "--json").output)
    assert stats["documents"] == 13 and stats["events"] >= 13 and stats["figures"] >= stats["events"]
    assert set(stats) == {"documents", "events", "mentions", "figures"}
    again = run("ingest", str(EXAMPLES), str(src), "--db", db, "--json").output
    assert json.loads(again)["unchanged"] == 13 and json.loads(run("stats", "--db", db, "--json").output) == stats

    events = json.loads(run("events", "--db", db, "--json", "--country", "PK").output)["events"]
    assert events and all(e["place"]["iso"] == "PK" for e in events)
    quetta = next(e for e in events if e["place"]["name"] == "Quetta" and e["sub_event_type"] == "Suicide bomb"
                  and any(s["url"] is None for s in e["sources"]))  # the example article
    assert quetta["perpetrator"]["name"] == "Tehrik-i-Taliban Pakistan (TTP)"
    for f in quetta["figures"]:
        assert f["claimant"]["type"] and f["evidence"]["sentence"]
    shown = run("show", quetta["id"], "--db", db).output
    assert "killed" in shown and "“" in shown and quetta["id"] in shown

    out_csv = tmp_path / "acled.csv"
    run("export", "--db", db, "--format", "acled-csv", "-o", str(out_csv), "--country", "PK")
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == len(events) and {r["country"] for r in rows} == {"Pakistan"}
    gj = tmp_path / "e.geojson"
    run("export", "--db", db, "--format", "geojson", "-o", str(gj))
    assert json.loads(gj.read_text())["type"] == "FeatureCollection"


def test_errors_name_the_input(tmp_path):
    db = str(tmp_path / "k.sqlite")
    res = run("stats", "--db", db, ok=False)
    assert res.exit_code != 0 and "no database here" in res.output
    run("ingest", str(EXAMPLES), "--db", db)
    res = run("show", "e_nope", "--db", db, ok=False)
    assert res.exit_code != 0 and "e_nope" in res.output and "no such event" in res.output
    res = run("events", "--db", db, "--since", "March", ok=False)
    assert res.exit_code != 0 and "March" in res.output
    res = run("ingest", str(tmp_path / "missing.txt"), "--db", db, ok=False)
    assert "failed" in res.output + (res.stderr if hasattr(res, "stderr") else "")


def test_fuse_rebuild_keeps_the_incremental_events(tmp_path):
    db = str(tmp_path / "k.sqlite")
    run("ingest", str(EXAMPLES), "--db", db)
    before = json.loads(run("events", "--db", db, "--json").output)["events"]
    out = run("fuse", "--rebuild", "--db", db).output
    assert "4 mentions fused into 4 events" in out
    after = json.loads(run("events", "--db", db, "--json").output)["events"]
    assert [e["id"] for e in after] == [e["id"] for e in before]
    assert [e["totals"] for e in after] == [e["totals"] for e in before]
