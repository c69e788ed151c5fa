"""The database layer: one class over SQLite (the default) and PostgreSQL.

The SQL is written once with ``?`` placeholders and translated for psycopg (``%s``). SQLite runs in WAL
mode with ``synchronous=NORMAL``: a committed transaction survives a killed process, and readers never
block the writer. Writes go through :meth:`Store.write` — one transaction per batch of documents, each
document complete with its mentions, figures and events — so that a SIGKILL at any moment loses at most
the batch in flight, which the next run writes again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from khabar.errors import ParameterError, ResourceError
from khabar.store.rows import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    DocumentRows,
)
from khabar.store.schema import LATEST, MIGRATIONS


def default_location() -> str:
    """``$KHABAR_DB``, else ``$XDG_DATA_HOME/khabar/khabar.sqlite`` (``~/.local/share/khabar/khabar.sqlite``)."""
    env = os.environ.get("KHABAR_DB")
    if env:
        return env
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "khabar", "khabar.sqlite")


def _is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _insert(table: str, columns: Sequence[str]) -> str:
    cols = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING"


_INSERT_DOCUMENT = _insert("documents", DOCUMENT_COLUMNS)
_INSERT_MENTION = _insert("mentions", MENTION_COLUMNS)
_INSERT_FIGURE = _insert("figures", FIGURE_COLUMNS)


class Store:
    """A khabar database. Open with :func:`open_store`; use as a context manager."""

    def __init__(self, conn: Any, postgres: bool, location: str) -> None:
        self.conn = conn
        self.postgres = postgres
        self.location = location

    # -- plumbing -------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return list(self.execute(sql, params).fetchall())

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------------
    def version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        self.conn.commit()
        rows = self.query("SELECT MAX(version) FROM schema_version")
        return rows[0][0] or 0

    def migrate(self) -> int:
        """Apply the migrations this database lacks; returns the version reached."""
        current = self.version()
        if current > LATEST:
            raise ResourceError(f"the database is at schema version {current}, newer than this khabar ({LATEST}); "
                                "upgrade khabar", source=self.location)
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            try:
                for sql in statements:
                    self.execute(sql)
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
                self.conn.commit()
            except Exception:
                self.conn.rollback()
                raise
        return LATEST

    # -- writing --------------------------------------------------------------------------------
    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored."""
        ids = list(ids)
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            out.update(r[0] for r in self.query(f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return out

    def latest_version(self, url: str) -> str | None:
        """The newest stored document at this URL (the one no other document supersedes)."""
        rows = self.query("SELECT id FROM documents d WHERE url = ? AND NOT EXISTS "
                          "(SELECT 1 FROM documents n WHERE n.supersedes = d.id) ORDER BY ingested_at DESC", (url,))
        return rows[0][0] if rows else None

    def write(self, batch: Sequence[DocumentRows], failures: Sequence[tuple[str, str]] = ()) -> None:
        """Store documents with all their rows, fuse their mentions into events, and record failed inputs,
        in one transaction."""
        try:
            superseded = [r.document[DOCUMENT_COLUMNS.index("supersedes")] for r in batch]
            for rows in batch:
                self.executemany(_INSERT_DOCUMENT, [rows.document])
                self.executemany(_INSERT_MENTION, rows.mentions)
                self.executemany(_INSERT_FIGURE, rows.figures)
            self.fusion().add([m[0] for r in batch for m in r.mentions], [s for s in superseded if s])
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            self.executemany("INSERT INTO failures (id, origin, error, at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                             [(_failure_id(o, e), o, e, now) for o, e in failures])
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise

    def fusion(self):
        from khabar.resolve.actors import ActorDictionary
        from khabar.store.fusion import StoreFusion

        return StoreFusion(self, ActorDictionary.load().same_actor)

    def refuse(self) -> int:
        """Rebuild every event from its mentions (``khabar fuse --rebuild``); returns the number of events."""
        try:
            n = self.fusion().rebuild()
            self.conn.commit()
            return n
        except Exception:
            self.conn.rollback()
            raise

    # -- reading --------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        out = {}
        for key, table in (("documents", "documents"), ("events", "events"), ("mentions", "mentions"),
                           ("figures", "figures"), ("failures", "failures")):
            out[key] = self.query(f"SELECT COUNT(*) FROM {table}")[0][0]
        return out

    def event_ids(self, *, country: str | None = None, admin1: str | None = None, since: str | None = None,
                  until: str | None = None, event_type: str | None = None, actor: str | None = None,
                  contested: bool | None = None, min_fatalities: int | None = None,
                  limit: int | None = None) -> list[str]:
        where, params = [], []
        if country:
            where.append("(LOWER(iso) = LOWER(?) OR LOWER(country) = LOWER(?))")
            params += [country, country]
        if admin1:
            where.append("LOWER(admin1) = LOWER(?)")
            params.append(admin1)
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until)
        if event_type:
            where.append("(LOWER(event_type) = LOWER(?) OR LOWER(sub_event_type) = LOWER(?) OR LOWER(plover) = LOWER(?))")
            params += [event_type] * 3
        if actor:
            where.append("(LOWER(perpetrator) LIKE LOWER(?) OR LOWER(target) LIKE LOWER(?))")
            params += [f"%{actor}%"] * 2
        if contested is not None:
            where.append("contested = ?")
            params.append(int(contested))
        if min_fatalities is not None:
            where.append("killed_best >= ?")
            params.append(min_fatalities)
        sql = "SELECT id FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date DESC, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.query(sql, params)]

    def event_record(self, event_id: str) -> dict | None:
        """One event with its figures (claimant, outlet, date, evidence sentence) and its sources."""
        rows = self.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE id = ?", (event_id,))
        if not rows:
            return None
        e = dict(zip(EVENT_COLUMNS, rows[0], strict=True))
        mentions = self.query(
            "SELECT m.id, m.document_id, m.perpetrator_modality, m.target_category, d.url, d.outlet, d.published, "
            "d.text, m.evidence_start, m.evidence_end FROM mentions m JOIN documents d ON d.id = m.document_id "
            "WHERE m.event_id = ? ORDER BY d.published, m.id", (event_id,))
        figures = []
        sources = []
        notes = []
        seen_docs: set[str] = set()
        for mid, doc_id, _perp_mod, _target_cat, url, outlet, published, text, ev0, _ev1 in mentions:
            if doc_id not in seen_docs:
                seen_docs.add(doc_id)
                sources.append({"document_id": doc_id, "url": url, "outlet": outlet, "published": published})
            if ev0 is not None:
                notes.append(_sentence_around(text, ev0))
            for f in self.query(f"SELECT {', '.join(FIGURE_COLUMNS)} FROM figures WHERE mention_id = ? ORDER BY id",
                                (mid,)):
                fd = dict(zip(FIGURE_COLUMNS, f, strict=True))
                s0, s1 = fd["sentence_start"], fd["sentence_end"]
                figures.append({
                    "kind": fd["kind"], "low": fd["low"], "high": fd["high"], "qualifier": fd["qualifier"],
                    "subject": fd["subject"], "subject_role": fd["subject_role"],
                    "claimant": {"text": fd["claimant_text"], "canonical": fd["claimant_canonical"],
                                 "type": fd["claimant_type"]},
                    "modality": fd["modality"], "shared_by": fd["shared_by"], "document_id": doc_id,
                    "outlet": outlet, "published": published, "url": url,
                    "evidence": {"start": fd["span_start"], "end": fd["span_end"],
                                 "text": text[fd["span_start"]:fd["span_end"]],
                                 "sentence": text[s0:s1] if s0 is not None else None}})
        place = None
        if e["country"] or e["location"]:
            place = {"name": e["location"], "country": e["country"], "iso": e["iso"], "admin1": e["admin1"],
                     "admin2": e["admin2"], "lat": e["lat"], "lon": e["lon"], "precision": e["geo_precision"]}
        totals = {}
        for kind in ("killed", "injured"):
            lo, best, hi = e[f"{kind}_low"], e[f"{kind}_best"], e[f"{kind}_high"]
            if best is not None or lo is not None:
                totals[kind] = {"low": lo, "best": best, "high": hi}
        for kind in ("abducted", "arrested"):
            if e[f"{kind}_best"] is not None:
                totals[kind] = {"low": None, "best": e[f"{kind}_best"], "high": None}
        return {
            "id": e["id"], "event_type": e["event_type"], "sub_event_type": e["sub_event_type"], "plover": e["plover"],
            "mode": e["mode"], "attack_type": e["attack_type"], "weapon": e["weapon"], "date": e["date"],
            "date_precision": e["date_precision"], "place": place,
            "perpetrator": {"name": e["perpetrator"], "actor_type": e["perpetrator_type"],
                            "modality": mentions[0][2] if mentions else None} if e["perpetrator"] else None,
            "target": {"name": e["target"], "actor_type": e["target_type"],
                       "category": mentions[0][3] if mentions else None} if e["target"] else None,
            "totals": totals, "contested": bool(e["contested"]), "flags": json.loads(e["flags"]),
            "n_sources": e["n_sources"], "first_published": e["first_published"], "last_published": e["last_published"],
            "history": json.loads(e["history"] or "{}"),
            "figures": figures, "sources": sources, "notes": " ".join(dict.fromkeys(n for n in notes if n)),
        }

    def event_records(self, ids: Iterable[str]) -> Iterator[dict]:
        for i in ids:
            rec = self.event_record(i)
            if rec is not None:
                yield rec


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    start = 0 if start < 0 else start + 1
    end_candidates = [x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end].strip()


def _failure_id(origin: str, error: str) -> str:
    return "f_" + hashlib.sha256(f"{origin}\x00{error}".encode()).hexdigest()[:24]


def open_store(location: str | None = None, *, create: bool = True) -> Store:
    """Open (and migrate) the database at a path or a ``postgresql://`` URL; the default is :func:`default_location`."""
    location = location or default_location()
    if _is_postgres(location):
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise ResourceError("PostgreSQL needs psycopg (pip install 'psycopg[binary]')") from exc
        try:
            conn = psycopg.connect(location, autocommit=False)
        except psycopg.Error as exc:
            raise ResourceError(f"cannot connect to PostgreSQL: {str(exc).strip().splitlines()[0]}",
                                source=_redact(location)) from None
        store = Store(conn, True, location)
    else:
        path = Path(location)
        if path.exists() and not path.is_file():
            raise ParameterError("the database path is not a file", source=location)
        if not path.exists() and not create:
            raise ParameterError("no database here (run khabar ingest first)", source=location)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"not a khabar database ({exc})", source=location) from None
        store = Store(conn, False, location)
    try:
        store.migrate()
    except sqlite3.DatabaseError as exc:
        store.close()
        raise ResourceError(f"not a khabar database ({exc})", source=location) from None
    return store


def _redact(url: str) -> str:
    """A URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return url
