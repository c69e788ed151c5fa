"""The schema and its migrations, one SQL dialect for SQLite and PostgreSQL.

Portable on purpose: TEXT ids (content hashes, no sequences), INTEGER/REAL/TEXT columns, ``INSERT ...
ON CONFLICT DO NOTHING`` upserts, and no triggers. Each migration is a list of statements applied in one
transaction with the version it brings; ``schema_version`` holds the versions applied.

Tables
------
documents   one row per stored text version: id = "d_" + SHA-256 of headline and text (24 hex digits);
            ``supersedes`` is the previous version's id when a changed text arrives at the same URL
mentions    one row per event *as one document reports it* (khabar's per-document event), with its
            type, place, date, actors and the full JSON record; ``event_id`` links it to its event
figures     one row per figure of a mention: kind, low/high, qualifier, subject, claimant (text,
            canonical name, type), modality and the evidence span in the document
events      one row per real-world event: the fused view of its mentions (type, place, date, actors,
            low/best/high per figure kind, flags, number of sources, first and last report)
failures    inputs that could not be read, with the error (one row per origin and error)
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [
        """CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            url TEXT,
            outlet TEXT,
            published TEXT,
            headline TEXT,
            language TEXT,
            text TEXT NOT NULL,
            origin TEXT,
            supersedes TEXT,
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS documents_url ON documents (url)",
        "CREATE INDEX IF NOT EXISTS documents_published ON documents (published)",
        """CREATE TABLE IF NOT EXISTS mentions (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id),
            ordinal INTEGER NOT NULL,
            event_id TEXT,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            plover TEXT,
            mode TEXT,
            attack_type TEXT,
            weapon TEXT,
            date TEXT,
            date_precision INTEGER NOT NULL,
            country TEXT,
            iso TEXT,
            admin1 TEXT,
            admin2 TEXT,
            location TEXT,
            lat REAL,
            lon REAL,
            geo_precision INTEGER,
            perpetrator TEXT,
            perpetrator_type INTEGER,
            perpetrator_modality TEXT,
            target TEXT,
            target_type INTEGER,
            target_category TEXT,
            specificity TEXT,
            modality TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document_id)",
        "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id)",
        "CREATE INDEX IF NOT EXISTS mentions_block ON mentions (iso, date)",
        """CREATE TABLE IF NOT EXISTS figures (
            id TEXT PRIMARY KEY,
            mention_id TEXT NOT NULL REFERENCES mentions (id),
            document_id TEXT NOT NULL REFERENCES documents (id),
            kind TEXT NOT NULL,
            low INTEGER,
            high INTEGER,
            qualifier TEXT,
            subject TEXT,
            subject_role TEXT,
            claimant_text TEXT,
            claimant_canonical TEXT,
            claimant_type TEXT,
            modality TEXT,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            sentence_start INTEGER,
            sentence_end INTEGER,
            shared_by INTEGER
        )""",
        "CREATE INDEX IF NOT EXISTS figures_mention ON figures (mention_id)",
        "CREATE INDEX IF NOT EXISTS figures_kind ON figures (kind)",
        """CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            plover TEXT,
            mode TEXT,
            attack_type TEXT,
            weapon TEXT,
            date TEXT,
            date_precision INTEGER,
            country TEXT,
            iso TEXT,
            admin1 TEXT,
            admin2 TEXT,
            location TEXT,
            lat REAL,
            lon REAL,
            geo_precision INTEGER,
            perpetrator TEXT,
            perpetrator_type INTEGER,
            target TEXT,
            target_type INTEGER,
            killed_low INTEGER,
            killed_best INTEGER,
            killed_high INTEGER,
            injured_low INTEGER,
            injured_best INTEGER,
            injured_high INTEGER,
            abducted_best INTEGER,
            arrested_best INTEGER,
            contested INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '[]',
            n_sources INTEGER NOT NULL DEFAULT 0,
            first_published TEXT,
            last_published TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS events_iso_date ON events (iso, date)",
        "CREATE INDEX IF NOT EXISTS events_admin1 ON events (admin1)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
        "CREATE INDEX IF NOT EXISTS events_type ON events (event_type)",
        "CREATE INDEX IF NOT EXISTS events_perpetrator ON events (perpetrator)",
        "CREATE INDEX IF NOT EXISTS events_killed ON events (killed_best)",
        """CREATE TABLE IF NOT EXISTS failures (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            error TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
    ]),
]

MIGRATIONS.append((2, [
    # fusion across documents: the words a mention's event sentences use, and per event the block it
    # belongs to (family, first day) and each claimant's history of counts
    "ALTER TABLE mentions ADD COLUMN keywords TEXT",
    "ALTER TABLE events ADD COLUMN family TEXT",
    "ALTER TABLE events ADD COLUMN day TEXT",
    "ALTER TABLE events ADD COLUMN history TEXT",
    "CREATE INDEX IF NOT EXISTS events_block ON events (iso, family, day)",
    "CREATE INDEX IF NOT EXISTS documents_supersedes ON documents (supersedes)",
]))

LATEST = MIGRATIONS[-1][0]
