"""``khabar eval --records`` and ``python -m khabar.eval.compare``, on gold records written here."""

import json

import pytest
from click.testing import CliRunner

import khabar.cli.eval  # noqa: F401  (registers the command)
from khabar.cli import cli
from khabar.errors import InputError
from khabar.eval import compare

_RECORDS = [
    {"id": "t-1", "dataset": "gtd", "published": "2017-03-14",
     "text": "03/14/2017: Assailants detonated an explosive device at a market in Jalalabad city, Nangarhar province, "
             "Afghanistan. Four civilians were killed and six others were injured in the blast. No group claimed "
             "responsibility for the incident.",
     "gold": {"attack_type": "Bombing/Explosion", "fatalities": 4, "injured": 6, "country": "Afghanistan",
              "admin1": "Nangarhar", "perpetrator": None}},
    {"id": "t-2", "dataset": "gtd", "published": "2017-05-02",
     "text": "05/02/2017: Gunmen opened fire on a checkpoint in Kandahar city, Kandahar province, Afghanistan. Two "
             "officers were killed. The Taliban claimed responsibility for the incident.",
     # a wrong gold value on purpose: the row must say so
     "gold": {"attack_type": "Armed Assault", "fatalities": 5, "country": "Afghanistan", "perpetrator": "Taliban"}},
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    d = tmp_path_factory.mktemp("eval")
    gold = d / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in _RECORDS) + "\n")
    rows, summary = d / "rows.jsonl", d / "summary.json"
    res = CliRunner().invoke(cli, ["eval", str(gold), "--json", "--quiet", "--records", str(rows)])
    assert res.exit_code == 0, res.output
    summary.write_text(res.output)
    return d, [json.loads(line) for line in rows.read_text().splitlines()], json.loads(res.output)


def test_records_hold_each_scored_field(run):
    _, rows, summary = run
    assert [r["id"] for r in rows] == ["t-1", "t-2"]
    first, second = (r["fields"] for r in rows)
    assert first["fatalities.exact"] == {"gold": 4, "pred": 4, "ok": True}
    assert first["injured.exact"] == {"gold": 6, "pred": 6, "ok": True}
    assert first["perpetrator.invented"] == {"gold": None, "pred": None, "ok": True}  # nobody claimed it: none invented
    assert second["fatalities.exact"] == {"gold": 5, "pred": 2, "ok": False}
    assert second["perpetrator.accuracy"]["ok"] is True and second["perpetrator.accuracy"]["pred"] == "Taliban"
    assert "admin1.accuracy" not in second  # not in the gold: not scored
    assert rows[0]["event"]["place"] == "Jalalabad" and rows[1]["event"]["country"] == "AF"
    # the rows add up to the summary's figures
    exact = [r["fields"]["fatalities.exact"]["ok"] for r in rows]
    assert summary["datasets"]["gtd"]["metrics"]["fatalities.exact"]["value"] == sum(exact) / len(exact)


def test_records_unwritable_path_is_a_clear_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_RECORDS[0]) + "\n")
    res = CliRunner().invoke(cli, ["eval", str(gold), "--quiet", "--records", str(tmp_path / "no" / "rows.jsonl")])
    assert res.exit_code != 0 and "--records" in res.output and "cannot write" in res.output


def test_compare_summaries_lists_what_moved(run, capsys):
    d, _, summary = run
    moved = json.loads(json.dumps(summary))
    moved["datasets"]["gtd"]["metrics"]["fatalities.exact"]["value"] = 1.0
    (d / "moved.json").write_text(json.dumps(moved))
    assert compare.metric_deltas(summary, summary) == []
    deltas = compare.metric_deltas(summary, moved)
    assert deltas == [("gtd", "fatalities.exact", 0.5, 1.0, 2)]
    assert compare.main([str(d / "summary.json"), str(d / "moved.json")]) == 0
    assert "fatalities.exact" in capsys.readouterr().out


def test_compare_records_names_the_records_that_changed(run):
    _, rows, _ = run
    fixed = json.loads(json.dumps(rows))
    fixed[1]["fields"]["fatalities.exact"] = {"gold": 5, "pred": 5, "ok": True}
    changes = compare.changed_rows(rows, fixed)
    assert [(rid, name, was, now) for rid, name, was, now, _ in changes] == [("t-2", "fatalities.exact", False, True)]
    assert compare.changed_rows(rows, fixed, field="country.accuracy") == []


def test_confusion_counts_gold_to_predicted_cells():
    rows = [{"id": str(i), "dataset": "rand", "fields": {"event.rand_weapon": {"gold": g, "pred": p, "ok": g == p}}}
            for i, (g, p) in enumerate([("Explosives", "Firearms"), ("Explosives", "Firearms"), ("Firearms", "Firearms"),
                                        ("Other", None)])]
    assert compare.confusion(rows, "event.rand_weapon") == {("Explosives", "Firearms"): 2, ("Other", "None"): 1}


def test_bad_record_file_names_the_line(tmp_path, capsys):
    p = tmp_path / "rows.jsonl"
    p.write_text('{"id": "a", "dataset": "gtd", "fields": {}}\n{"id": "b"}\n')
    with pytest.raises(InputError, match="line 2"):
        list(compare.read_rows(p))
    assert compare.main([str(p), str(p)]) == 2
    assert "line 2" in capsys.readouterr().err


def test_muc_templates_map_to_the_events_that_agree_with_them():
    # the text tells the bombing first, the key lists the kidnapping first: each template takes its own event
    from khabar.eval.gold import GoldRecord
    from khabar.eval.run import Scorer
    from khabar.pipeline import default_reader

    text = ("A CAR BOMB EXPLODED IN FRONT OF A BANK IN MEDELLIN ON MONDAY, KILLING THREE PEOPLE. IN A SEPARATE "
            "INCIDENT, GUERRILLAS KIDNAPPED TWO ENGINEERS IN CALI ON TUESDAY.")
    incidents = [{"type": "KIDNAPPING", "perpetrator": None, "perpetrator_names": [], "deaths": None, "places": ["CALI"]},
                 {"type": "BOMBING", "perpetrator": None, "perpetrator_names": [], "deaths": 3,
                  "places": ["MEDELLIN"]}]
    sc = Scorer(default_reader())
    sc.score(GoldRecord("m-1", "muc4", text, None, {"muc_incidents": incidents}))
    metrics = sc.results()["muc4"]["metrics"]
    assert metrics["event.muc_incident_type.accuracy"]["value"] == 1.0
    assert metrics["fatalities.exact"]["value"] == 1.0
