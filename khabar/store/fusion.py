"""Fusion in the store: mentions of one real-world event get one event row, incrementally as documents
arrive and from scratch with ``khabar fuse --rebuild``.

The matching is :mod:`khabar.fuse.cross` (blocking on country, event family and a date window); the
figures are reconciled by :mod:`khabar.fuse.reconcile`. An event row is always recomputed from all of
its mentions, so adding a report never leaves a stale total behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from khabar.fuse.cross import Cluster, Fuser, MentionFeatures, family
from khabar.fuse.reconcile import KINDS, claims_of, majority, reconcile
from khabar.ontology import SUB_EVENT_TYPES
from khabar.store.rows import EVENT_COLUMNS

MENTION_FIELDS = ("m.id", "d.published", "m.date", "m.date_precision", "m.iso", "m.admin1", "m.admin2", "m.location",
                  "m.lat", "m.lon", "m.geo_precision", "m.event_type", "m.sub_event_type", "m.perpetrator",
                  "m.perpetrator_type", "m.keywords", "m.event_id", "m.plover", "m.mode", "m.attack_type", "m.weapon",
                  "m.target", "m.target_type", "m.country", "m.document_id", "d.outlet")
_CURRENT = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)"  # the latest version of a text
_FIGURE_FIELDS = ("f.mention_id", "f.kind", "f.low", "f.high", "f.claimant_text", "f.claimant_canonical",
                  "f.claimant_type", "f.modality", "f.document_id", "d.published", "d.outlet")


def event_id_for(mention_id: str) -> str:
    return "e_" + hashlib.sha256(mention_id.encode()).hexdigest()[:20]


def _named(perp: str | None, actor_type: int | None) -> bool:
    return bool(perp) and actor_type in (1, 2, 3, 4, 8) and not perp.startswith(("Unidentified", "Unknown"))


def features(row: Sequence) -> tuple[MentionFeatures, dict]:
    r = dict(zip([f.split(".")[1] for f in MENTION_FIELDS], row, strict=True))
    m = MentionFeatures(r["id"], r["published"], r["date"], r["date_precision"] or 0, r["iso"], r["admin1"],
                        r["admin2"], r["location"], r["lat"], r["lon"], r["geo_precision"], r["event_type"],
                        r["sub_event_type"], r["perpetrator"], _named(r["perpetrator"], r["perpetrator_type"]), None,
                        frozenset((r["keywords"] or "").split()))
    return m, r


def _killed(figs: list[dict]) -> int | None:
    t = reconcile(claims_of([f for f in figs if f["kind"] == "killed"])).get("killed")
    return t.best if t else None


class StoreFusion:
    """Runs fusion against a :class:`khabar.store.db.Store`."""

    def __init__(self, store, same_actor) -> None:
        self.store = store
        self.same_actor = same_actor

    # -- loading --------------------------------------------------------------------------------
    def _mentions(self, where: str, params: Sequence = ()) -> list[tuple[MentionFeatures, dict]]:
        rows = self.store.query(f"SELECT {', '.join(MENTION_FIELDS)} FROM mentions m JOIN documents d "
                                f"ON d.id = m.document_id WHERE {_CURRENT} AND ({where})", params)
        return [features(r) for r in rows]

    def _figures(self, mention_ids: Iterable[str]) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = defaultdict(list)
        ids = list(mention_ids)
        names = [f.split(".")[1] for f in _FIGURE_FIELDS]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for r in self.store.query(f"SELECT {', '.join(_FIGURE_FIELDS)} FROM figures f JOIN documents d "
                                      f"ON d.id = f.document_id WHERE f.mention_id IN ({marks})", chunk):
                rec = dict(zip(names, r, strict=True))
                out[rec["mention_id"]].append(rec)
        return out

    # -- incremental ----------------------------------------------------------------------------
    def add(self, mention_ids: Sequence[str], superseded: Sequence[str] = ()) -> None:
        """Fuse new mentions into the stored events (inside the caller's transaction)."""
        touched: set[str] = set()
        for doc_id in superseded:  # an older version's mentions leave their events
            for (eid,) in self.store.query("SELECT DISTINCT event_id FROM mentions WHERE document_id = ? "
                                           "AND event_id IS NOT NULL", (doc_id,)):
                touched.add(eid)
            self.store.execute("UPDATE mentions SET event_id = NULL WHERE document_id = ?", (doc_id,))
        new: list[tuple[MentionFeatures, dict]] = []
        for i in range(0, len(mention_ids), 500):
            chunk = list(mention_ids[i:i + 500])
            new += self._mentions(f"m.id IN ({', '.join('?' for _ in chunk)})", chunk)
        if new:
            figs = self._figures(m.id for m, _ in new)
            for m, _ in new:
                m.killed = _killed(figs.get(m.id, []))
            fuser = Fuser(self.same_actor, lambda m: event_id_for(m.id))
            self._load_candidates(fuser, [m for m, _ in new])
            for m, _ in sorted(new, key=lambda x: (x[0].published or "", x[0].id)):
                eid = fuser.assign(m)
                touched.add(eid)
                self.store.execute("UPDATE mentions SET event_id = ? WHERE id = ?", (eid, m.id))
        self._rebuild_events(touched)

    def _load_candidates(self, fuser: Fuser, new: list[MentionFeatures]) -> None:
        blocks: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
        for m in new:
            if m.day:
                blocks[(m.iso or "", m.family)].append(m.day)
        for (iso, fam), days in blocks.items():
            lo = (min(days) - dt.timedelta(days=3)).isoformat()
            hi = (max(days) + dt.timedelta(days=3)).isoformat()
            rows = self._mentions("m.event_id IN (SELECT id FROM events WHERE COALESCE(iso, '') = ? AND family = ? "
                                  "AND day BETWEEN ? AND ?)", (iso, fam, lo, hi))
            if not rows:
                continue
            figs = self._figures(m.id for m, _ in rows)
            clusters: dict[str, Cluster] = {}
            for m, r in sorted(rows, key=lambda x: (x[0].published or "", x[0].id)):
                m.killed = _killed(figs.get(m.id, []))
                clusters.setdefault(r["event_id"], Cluster(r["event_id"])).add(m)
            for c in sorted(clusters.values(), key=lambda c: (c.members[0].published or "", c.id)):
                fuser.add_cluster(c)

    # -- rebuild --------------------------------------------------------------------------------
    def rebuild(self) -> int:
        """Fuse every current mention from scratch; returns the number of events."""
        rows = self._mentions("1 = 1")
        figs = self._figures(m.id for m, _ in rows)
        for m, _ in rows:
            m.killed = _killed(figs.get(m.id, []))
        fuser = Fuser(self.same_actor, lambda m: event_id_for(m.id))
        assignment = {m.id: fuser.assign(m) for m, _ in sorted(rows, key=lambda x: (x[0].published or "", x[0].id))}
        self.store.execute("UPDATE mentions SET event_id = NULL")
        self.store.execute("DELETE FROM events")
        self.store.executemany("UPDATE mentions SET event_id = ? WHERE id = ?",
                               [(eid, mid) for mid, eid in assignment.items()])
        by_event: dict[str, list[dict]] = defaultdict(list)
        for m, r in rows:
            r["event_id"] = assignment[m.id]
            r["day"] = m.day.isoformat() if m.day else None
            by_event[r["event_id"]].append(r)
        self.store.executemany(_insert_event(), [event_row(eid, ms, figs) for eid, ms in by_event.items()])
        return len(by_event)

    def _rebuild_events(self, event_ids: set[str]) -> None:
        if not event_ids:
            return
        ids = sorted(event_ids)
        self.store.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in ids])
        members: dict[str, list[dict]] = defaultdict(list)
        all_rows = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            all_rows += self._mentions(f"m.event_id IN ({', '.join('?' for _ in chunk)})", chunk)
        for m, r in all_rows:
            r["day"] = m.day.isoformat() if m.day else None
            members[r["event_id"]].append(r)
        figs = self._figures(m.id for m, _ in all_rows)
        self.store.executemany(_insert_event(), [event_row(eid, ms, figs) for eid, ms in members.items()])


def _insert_event() -> str:
    return (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)}) "
            "ON CONFLICT (id) DO NOTHING")


def event_row(event_id: str, members: list[dict], figures: dict[str, list[dict]]) -> tuple:
    """The event as its reports tell it: majority type, the most precise place, the most reported day,
    the most named perpetrator, and the reconciled figures of every report."""
    members = sorted(members, key=lambda r: (r["published"] or "", r["id"]))
    sub = majority([r["sub_event_type"] for r in members])
    placed = sorted((r for r in members if r["country"] or r["location"]), key=lambda r: r["geo_precision"] or 9)
    best_prec = placed[0]["geo_precision"] if placed else None
    loc = majority([r["location"] for r in placed if r["geo_precision"] == best_prec]) if placed else None
    p = next((r for r in placed if r["location"] == loc), placed[0]) if placed else {}
    dated = [r for r in members if r["date"] and r["date_precision"] == 1]
    date = majority([r["date"] for r in dated]) if dated else majority([r["date"] for r in members])
    date_prec = 1 if dated else min((r["date_precision"] or 0 for r in members if r["date"]), default=0)
    named = [r for r in members if _named(r["perpetrator"], r["perpetrator_type"])]
    perp = majority([r["perpetrator"] for r in named]) or majority([r["perpetrator"] for r in members])
    perp_type = next((r["perpetrator_type"] for r in members if r["perpetrator"] == perp), None)
    target = majority([r["target"] for r in members])
    target_type = next((r["target_type"] for r in members if r["target"] == target), None)
    figs = [f for r in members for f in figures.get(r["id"], [])]
    totals = reconcile(claims_of(figs))
    docs = {r["document_id"] for r in members}
    flags = []
    if any(t.contested for t in totals.values()):
        flags.append("contested")
    if totals.get("killed") and totals["killed"].party_only:
        flags.append("party_only")
    if len(docs) == 1:
        flags.append("single_source")
    if any(t.rising for t in totals.values()):
        flags.append("rising_toll")

    def t(kind: str, attr: str):
        v = totals.get(kind)
        return getattr(v, attr) if v else None

    published = [r["published"] for r in members if r["published"]]
    history = {k: {who: h for who, h in v.history.items()} for k, v in totals.items() if k in KINDS}
    days = [r["day"] for r in members if r.get("day")]
    return (event_id, SUB_EVENT_TYPES.get(sub, members[0]["event_type"]), sub, majority([r["plover"] for r in members]),
            majority([r["mode"] for r in members]), majority([r["attack_type"] for r in members]),
            majority([r["weapon"] for r in members]), date, date_prec, p.get("country"), p.get("iso"), p.get("admin1"),
            p.get("admin2"), p.get("location"), p.get("lat"), p.get("lon"), p.get("geo_precision"), perp, perp_type,
            target, target_type, t("killed", "low"), t("killed", "best"), t("killed", "high"), t("injured", "low"),
            t("injured", "best"), t("injured", "high"), t("abducted", "best"), t("arrested", "best"),
            int("contested" in flags), json.dumps(flags), len(docs), min(published) if published else None,
            max(published) if published else None, family(SUB_EVENT_TYPES.get(sub, members[0]["event_type"]), sub),
            min(days) if days else None, json.dumps(history, ensure_ascii=False))
