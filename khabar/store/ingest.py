"""Batch ingestion: inputs → content-hash ids → reading in worker processes → one transaction per batch.

Idempotent: a document whose id (hash of headline and text) is stored is *unchanged* and not read
again. A changed text at a stored URL is a new *version*: it is stored beside the old one, which it
supersedes (the old version's events give way to the new one's). Crash-safe: each batch is written in
one transaction after it is read, so a killed run loses at most the batch in flight and the next run
of the same command reads exactly what is missing. Memory is bounded by the batch: inputs are pulled
lazily, ``workers × batch`` documents at a time.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice

from khabar.errors import KhabarError
from khabar.ingest.sources import RawDoc, SourceError
from khabar.store.db import Store
from khabar.store.rows import DocumentRows, document_id, document_rows

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    versions: int = 0  # new documents that supersede an older text at the same URL
    failed: int = 0
    events: int = 0
    figures: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (origin, message), the first 100

    @property
    def documents_per_s(self) -> float:
        return (self.new + self.unchanged + self.failed) / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict:
        d = asdict(self)
        d["documents_per_s"] = round(self.documents_per_s, 1)
        d["seconds"] = round(self.seconds, 2)
        return d


# -- the worker side ------------------------------------------------------------------------------
_READER = None


def _init_worker() -> None:
    global _READER
    from khabar.pipeline import Reader

    _READER = Reader()


def _read_one(task: tuple[RawDoc, str, str | None, str]) -> DocumentRows | tuple[str, str]:
    raw, doc_id, supersedes, now = task
    if _READER is None:
        _init_worker()
    published = raw.published[:10] if raw.published and _DATE.match(raw.published) else None
    try:
        doc = _READER.read(raw.text, headline=raw.headline, published=published, url=raw.url, outlet=raw.outlet,
                           source=raw.origin)
    except KhabarError as exc:
        return raw.origin, str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
        return raw.origin, f"internal error: {type(exc).__name__}: {exc}"
    return document_rows(doc, doc_id, raw.origin, supersedes, now, published=raw.published)


# -- the writer side ------------------------------------------------------------------------------
def ingest(store: Store, inputs: Iterable[RawDoc | SourceError], *, workers: int = 1, batch: int = 64,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    summary = IngestSummary()
    t0 = time.perf_counter()
    seen: set[str] = set()
    latest_by_url: dict[str, str] = {}
    window = max(1, batch) * max(1, workers)
    pool = mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(
        workers, initializer=_init_worker) if workers > 1 else None
    try:
        it = iter(inputs)
        while True:
            chunk = list(islice(it, window))
            if not chunk:
                break
            failures: list[tuple[str, str]] = []
            tasks = []
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            docs = [c for c in chunk if isinstance(c, RawDoc)]
            for c in chunk:
                if isinstance(c, SourceError):
                    failures.append((c.origin, c.message))
            ids = [document_id(d.text, d.headline) for d in docs]
            known = store.known(set(ids))
            for d, doc_id in zip(docs, ids, strict=True):
                if doc_id in known or doc_id in seen:
                    summary.unchanged += 1
                    continue
                seen.add(doc_id)
                supersedes = None
                if d.url:
                    prev = latest_by_url.get(d.url) or store.latest_version(d.url)
                    if prev and prev != doc_id:
                        supersedes = prev
                    latest_by_url[d.url] = doc_id
                tasks.append((d, doc_id, supersedes, now))
            results: Iterator = pool.imap(_read_one, tasks, chunksize=max(1, len(tasks) // (workers * 4))) \
                if pool is not None and tasks else map(_read_one, tasks)
            rows: list[DocumentRows] = []
            for r in results:
                if isinstance(r, DocumentRows):
                    rows.append(r)
                else:
                    failures.append(r)
            store.write(rows, failures)
            summary.new += len(rows)
            summary.versions += sum(1 for r in rows if r.document[8])
            summary.events += sum(len(r.mentions) for r in rows)  # events as the documents report them
            summary.figures += sum(len(r.figures) for r in rows)
            summary.failed += len(failures)
            summary.errors.extend(failures[:max(0, 100 - len(summary.errors))])
            summary.seconds = time.perf_counter() - t0
            if progress:
                progress(summary)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    summary.seconds = time.perf_counter() - t0
    return summary
