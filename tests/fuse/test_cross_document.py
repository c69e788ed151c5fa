"""Fusion across documents on report clusters written for the purpose (tests/fuse/clusters.py):
one event reported differently is one event; different events that look alike stay apart."""

from __future__ import annotations

import json

import pytest

from khabar.eval.metrics import bcubed
from khabar.fuse.cross import Cluster, Fuser, MentionFeatures
from khabar.fuse.reconcile import Claim, reconcile
from khabar.ingest.sources import iter_documents
from khabar.store import open_store
from khabar.store.ingest import ingest
from tests.fuse.clusters import REPORTS


def test_bcubed_by_hand():
    assert bcubed({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0)
    p, r = bcubed({"a": "1", "b": "1", "c": "1"}, {"a": "x", "b": "x", "c": "y"})
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3) and r == 1.0


@pytest.fixture(scope="module")
def fused(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuse")
    src = tmp / "reports.jsonl"
    src.write_text("\n".join(json.dumps({"text": t, "headline": h, "published": p, "outlet": o,
                                         "url": f"https://{o.replace(' ', '').lower()}.example/{i}"})
                             for i, (_c, o, p, h, t) in enumerate(REPORTS)) + "\n", encoding="utf-8")
    db = str(tmp / "k.sqlite")
    with open_store(db) as store:
        ingest(store, iter_documents([str(src)]), batch=2)  # several transactions: fusion is incremental
        rows = store.query("SELECT d.url, m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id")
    return db, {url: eid for url, eid in rows}


def _gold() -> dict[str, str]:
    return {f"https://{o.replace(' ', '').lower()}.example/{i}": c for i, (c, o, *_r) in enumerate(REPORTS)}


def test_reports_of_one_event_merge_and_lookalikes_stay_apart(fused):
    _db, pred = fused
    gold = _gold()
    assert set(pred) == set(gold)
    p, r = bcubed(pred, gold)
    assert (p, r) == (1.0, 1.0), {u: (gold[u], pred[u]) for u in gold}


def test_rebuild_gives_the_incremental_result(fused):
    db, pred = fused
    with open_store(db) as store:
        n = store.refuse()
        rows = store.query("SELECT d.url, m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id")
    assert n == len(set(_gold().values()))
    assert dict(rows) == pred


def test_claims_side_by_side_and_reconciled(fused):
    db, pred = fused
    quetta = pred[next(u for u, c in _gold().items() if c == "A")]
    with open_store(db) as store:
        rec = store.event_record(quetta)
    assert rec["n_sources"] == 3 and {s["outlet"] for s in rec["sources"]} == {"Dawn", "Reuters", "AFP"}
    killed = rec["totals"]["killed"]
    # best: the hospital (independent), its latest report (16, not 14); low: the police's 9; high: the
    # perpetrator's claim of 30, kept but never best
    assert (killed["low"], killed["best"], killed["high"]) == (9, 16, 30)
    assert {"contested", "rising_toll"} <= set(rec["flags"]) and "single_source" not in rec["flags"]
    assert rec["history"]["killed"]["hospital official"] == [["2024-03-05T16:00:00Z", 14], ["2024-03-06T09:00:00Z", 16]]
    claims = {(f["claimant"]["type"], f["low"], f["outlet"]) for f in rec["figures"] if f["kind"] == "killed"}
    assert claims == {("state", 9, "Dawn"), ("medical", 14, "Reuters"), ("medical", 16, "AFP"),
                      ("perpetrator", 30, "AFP")}
    assert all(f["evidence"]["sentence"] for f in rec["figures"])
    assert rec["place"]["name"].lower() == "quetta" and rec["date"] == "2024-03-05"


def test_single_report_event_is_flagged(fused):
    db, pred = fused
    market = pred[next(u for u, c in _gold().items() if c == "B")]
    with open_store(db) as store:
        rec = store.event_record(market)
    assert rec["flags"] == ["single_source"] and rec["totals"]["killed"]["best"] == 4


def test_party_only_claims_never_pass_for_fact():
    c = [Claim("killed", "BLA", "perpetrator", "d1", "2025-03-11", "X", 214, 214, "claimed")]
    t = reconcile(c)["killed"]
    assert t.party_only and t.best == 214 and t.low == t.high == 214  # the only number, flagged party_only
    c.append(Claim("killed", "military spokesman", "state", "d2", "2025-03-12", "Y", 25, 25, "asserted"))
    t = reconcile(c)["killed"]
    assert not t.party_only and t.best == 25 and (t.low, t.high) == (25, 214)


def test_show_prints_claims_with_outlets_and_evidence(fused):
    from click.testing import CliRunner

    import khabar.cli.store  # noqa: F401
    from khabar.cli import cli

    db, pred = fused
    quetta = pred[next(u for u, c in _gold().items() if c == "A")]
    out = CliRunner().invoke(cli, ["show", quetta, "--db", db]).output
    assert "low 9, best 16, high 30" in out
    assert "Tehrik-i-Taliban Pakistan (TTP) (perpetrator, claimed): 30 policemen · AFP, 2024-03-06" in out
    assert "a hospital official (medical): 16" in out
    assert "“The death toll from the suicide bombing" in out


def _m(i, day, iso="PK", admin1="Balochistan", loc="Quetta", sub="Suicide bomb", killed=None, words=()):
    return MentionFeatures(f"m{i}", f"{day}T10:00:00Z", day, 1, iso, admin1, None, loc, 30.18, 66.99, 1, "Explosions/Remote violence",
                           sub, None, False, killed, frozenset(words))


def test_blocking_never_compares_other_countries_or_far_dates():
    calls = []

    def same_actor(a, b):
        calls.append((a, b))
        return a == b

    f = Fuser(same_actor, lambda m: "e" + m.id)
    a = f.assign(_m(1, "2024-03-05"))
    assert f.assign(_m(2, "2024-03-05", iso="AF", admin1="Kandahar", loc="Kandahar")) != a
    assert f.assign(_m(3, "2024-03-20")) != a  # two weeks later: another event
    assert f.assign(_m(4, "2024-03-05")) == a
    assert isinstance(f.by_id[a], Cluster) and len(f.by_id[a].members) == 2
