"""The store: idempotent ingestion, versions, failures, queries, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from khabar.ingest.sources import iter_documents
from khabar.store import open_store
from khabar.store.ingest import ingest
from tests.store.conftest import wire_texts, write_jsonl


def _ingest(db_url, paths, **kw):
    with open_store(db_url) as store:
        return ingest(store, iter_documents([str(p) for p in paths]), **kw)


def _snapshot(db_url):
    with open_store(db_url) as store:
        return {t: sorted(r[0] for r in store.query(f"SELECT id FROM {t}"))
                for t in ("documents", "mentions", "figures", "events")}


def test_ingest_is_idempotent(db_url, tmp_path):
    src = tmp_path / "batch.jsonl"
    write_jsonl(src, wire_texts(12))
    first = _ingest(db_url, [src])
    assert first.new == 12 and first.unchanged == 0 and first.failed == 0
    assert first.events >= 12 and first.figures >= 12
    before = _snapshot(db_url)
    again = _ingest(db_url, [src])
    assert again.new == 0 and again.unchanged == 12 and again.events == 0
    assert _snapshot(db_url) == before
    with open_store(db_url) as store:
        assert store.stats()["documents"] == 12


def test_duplicates_inside_one_batch_are_stored_once(db_url, tmp_path):
    rows = wire_texts(3)
    src = tmp_path / "dup.jsonl"
    write_jsonl(src, rows + rows[:2])
    s = _ingest(db_url, [src])
    assert s.new == 3 and s.unchanged == 2


def test_changed_text_at_same_url_is_a_new_version(db_url, tmp_path):
    rows = wire_texts(2)
    write_jsonl(tmp_path / "v1.jsonl", rows)
    _ingest(db_url, [tmp_path / "v1.jsonl"])
    changed = dict(rows[0], text=rows[0]["text"].replace("police said", "police said on Tuesday, revising the toll"))
    write_jsonl(tmp_path / "v2.jsonl", [changed])
    s = _ingest(db_url, [tmp_path / "v2.jsonl"])
    assert s.new == 1 and s.versions == 1
    with open_store(db_url) as store:
        docs = store.query("SELECT id, supersedes FROM documents WHERE url = ?", (rows[0]["url"],))
        assert len(docs) == 2  # the old version is kept
        new_id = next(d for d, sup in docs if sup)
        old_id = next(d for d, sup in docs if not sup)
        assert dict(docs)[new_id] == old_id
        # the events shown are the new version's; the old version's mentions stay as evidence
        ev_docs = {r[0] for r in store.query("SELECT m.document_id FROM events e JOIN mentions m ON m.event_id = e.id")}
        assert new_id in ev_docs and old_id not in ev_docs
        assert store.query("SELECT COUNT(*) FROM mentions WHERE document_id = ?", (old_id,))[0][0] >= 1


def test_bad_documents_are_recorded_and_the_batch_goes_on(db_url, tmp_path):
    rows = wire_texts(3)
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([json.dumps(rows[0]), "{not json", json.dumps({"headline": "no text"}),
                              json.dumps({"text": "Der Angriff ereignete sich am Montag in der Stadt, sagte die Polizei "
                                                  "und berichtete von vielen Verletzten und großen Schäden."}),
                              json.dumps(rows[1]), json.dumps(rows[2])]) + "\n", encoding="utf-8")
    s = _ingest(db_url, [src])
    assert s.new == 3 and s.failed == 3
    with open_store(db_url) as store:
        fails = store.query("SELECT origin, error FROM failures ORDER BY origin")
        assert len(fails) == 3
        assert any(o.endswith(":2") for o, _ in fails)
        assert any("English" in e or "language" in e for _, e in fails)
    again = _ingest(db_url, [src])  # re-running records the same failures once
    with open_store(db_url) as store:
        assert store.stats()["failures"] == 3 and again.new == 0


def test_event_record_has_claims_sources_and_evidence(db_url, tmp_path):
    rows = wire_texts(3)
    write_jsonl(tmp_path / "b.jsonl", rows)
    _ingest(db_url, [tmp_path / "b.jsonl"])
    with open_store(db_url) as store:
        ids = store.event_ids(country="NG", event_type="Battles")
        assert ids
        rec = store.event_record(ids[0])
    # the third text: the army's count of attackers and the group's claim of soldiers, side by side
    assert rec["sources"][0]["url"] == rows[2]["url"] and rec["sources"][0]["outlet"] == rows[2]["outlet"]
    claims = {(f["claimant"]["type"], f["subject_role"]) for f in rec["figures"] if f["kind"] == "killed"}
    assert ("state", "attacker") in claims and ("perpetrator", "victim") in claims
    for f in rec["figures"]:
        doc_text = rows[2]["headline"] + rows[2]["text"]
        assert f["evidence"]["text"] and f["evidence"]["sentence"] and f["evidence"]["text"] in f["evidence"]["sentence"]
        assert f["evidence"]["sentence"] in doc_text or f["evidence"]["sentence"] in rows[2]["text"]
    assert rec["place"]["iso"] == "NG"


def test_event_filters(db_url, tmp_path):
    write_jsonl(tmp_path / "b.jsonl", wire_texts(18))
    _ingest(db_url, [tmp_path / "b.jsonl"])
    with open_store(db_url) as store:
        everything = store.event_ids()
        nigeria = store.event_ids(country="Nigeria")
        assert nigeria and set(nigeria) < set(everything)
        assert store.event_ids(country="NG") == nigeria
        assert all(store.event_record(i)["place"]["iso"] == "NG" for i in nigeria)
        big = store.event_ids(min_fatalities=30)
        assert all(store.event_record(i)["totals"]["killed"]["best"] >= 30 for i in big)
        march_first_week = store.event_ids(since="2024-03-01", until="2024-03-07")
        assert march_first_week and all("2024-03-01" <= store.event_record(i)["date"] <= "2024-03-07"
                                        for i in march_first_week)
        bombs = store.event_ids(event_type="Suicide bomb")
        assert bombs and all(store.event_record(i)["sub_event_type"] == "Suicide bomb" for i in bombs)
        assert store.event_ids(limit=2) == everything[:2]


def test_two_workers_store_what_one_does(tmp_path):
    write_jsonl(tmp_path / "b.jsonl", wire_texts(40))
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    _ingest(one, [tmp_path / "b.jsonl"], workers=1, batch=7)
    _ingest(two, [tmp_path / "b.jsonl"], workers=2, batch=7)
    assert _snapshot(one) == _snapshot(two)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    from khabar.errors import ResourceError

    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ResourceError, match="not a khabar database"):
        open_store(str(bad))
    assert bad.read_bytes() == b"this is not sqlite" * 100  # nothing overwritten


def test_migrations_are_recorded_once(db_url):
    from khabar.store.schema import LATEST

    with open_store(db_url) as store:
        assert store.version() == LATEST
    with open_store(db_url) as store:  # opening again applies nothing twice
        assert store.query("SELECT COUNT(*) FROM schema_version")[0][0] == LATEST


def test_bad_inputs_after_a_good_batch_lose_nothing(db_url, tmp_path):
    import gzip

    good = tmp_path / "good.jsonl"
    write_jsonl(good, wire_texts(5))
    _ingest(db_url, [good])
    before = _snapshot(db_url)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "bomb.txt.gz").write_bytes(gzip.compress(b"A" * 5_000_000))
    (bad / "laughs.xml").write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                                    "<rss><channel><item><title>&b;</title></item></channel></rss>")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (bad / "no_text.csv").write_text("headline,url\nA,https://x.example\n")
    (bad / "outside.txt").symlink_to(tmp_path / "good.jsonl")
    with open_store(db_url) as store:
        s = ingest(store, iter_documents([str(bad)], max_gz_expanded=1_000_000))
    assert s.new == 0 and s.failed == 5
    after = _snapshot(db_url)
    assert after == before  # nothing stored is lost or duplicated
    with open_store(db_url) as store:
        errors = dict(store.query("SELECT origin, error FROM failures"))
    assert any("expands past" in e for e in errors.values())
    assert any("entit" in e.lower() for e in errors.values())
    assert any("outside" in e for e in errors.values())
