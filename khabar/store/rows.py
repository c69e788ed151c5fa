"""From a read document to the rows the store keeps: plain tuples, built in the worker that read it.

Ids: a document's is ``d_`` + 24 hex digits of SHA-256 over its headline and text (the same text read
twice is one document); a mention's is the document id and its ordinal; a figure's adds its ordinal
within the mention. Events are built by fusion (:mod:`khabar.store.fusion`) when the rows are written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from khabar.fuse.cross import content_words
from khabar.model import Document, Event


def document_id(text: str, headline: str | None) -> str:
    h = hashlib.sha256()
    h.update((headline or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return "d_" + h.hexdigest()[:24]


@dataclass(slots=True)
class DocumentRows:
    document: tuple
    mentions: list[tuple] = field(default_factory=list)
    figures: list[tuple] = field(default_factory=list)


DOCUMENT_COLUMNS = ("id", "url", "outlet", "published", "headline", "language", "text", "origin", "supersedes",
                    "ingested_at")
MENTION_COLUMNS = ("id", "document_id", "ordinal", "event_id", "event_type", "sub_event_type", "plover", "mode",
                   "attack_type", "weapon", "date", "date_precision", "country", "iso", "admin1", "admin2", "location",
                   "lat", "lon", "geo_precision", "perpetrator", "perpetrator_type", "perpetrator_modality", "target",
                   "target_type", "target_category", "specificity", "modality", "evidence_start", "evidence_end",
                   "record", "keywords")
FIGURE_COLUMNS = ("id", "mention_id", "document_id", "kind", "low", "high", "qualifier", "subject", "subject_role",
                  "claimant_text", "claimant_canonical", "claimant_type", "modality", "span_start", "span_end",
                  "sentence_start", "sentence_end", "shared_by")
EVENT_COLUMNS = ("id", "event_type", "sub_event_type", "plover", "mode", "attack_type", "weapon", "date",
                 "date_precision", "country", "iso", "admin1", "admin2", "location", "lat", "lon", "geo_precision",
                 "perpetrator", "perpetrator_type", "target", "target_type", "killed_low", "killed_best", "killed_high",
                 "injured_low", "injured_best", "injured_high", "abducted_best", "arrested_best", "contested", "flags",
                 "n_sources", "first_published", "last_published", "family", "day", "history")


def _sentence_of(doc: Document, start: int) -> tuple[int | None, int | None]:
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.start, s.end
    return None, None


def document_rows(doc: Document, doc_id: str, origin: str | None, supersedes: str | None, now: str,
                  published: str | None = None) -> DocumentRows:
    """``published`` keeps the time of day when the source gives one (the reader works with the date)."""
    published = published or doc.published
    rows = DocumentRows((doc_id, doc.url, doc.outlet, published, doc.headline, doc.language, doc.text, origin,
                         supersedes, now))
    for i, ev in enumerate(doc.events):
        mid = f"{doc_id}:{i}"
        p = ev.place
        ev0 = next((sp for sp in ev.evidence if sp.field == "text"), None)  # headline spans count from the headline
        rows.mentions.append((
            mid, doc_id, i, None, ev.event_type, ev.sub_event_type, ev.plover, ev.mode, ev.attack_type, ev.weapon,
            ev.date.value, ev.date.precision, p.country if p else None, p.iso if p else None, p.admin1 if p else None,
            p.admin2 if p else None, p.name if p else None, p.lat if p else None, p.lon if p else None,
            p.precision if p else None, ev.perpetrator.canonical if ev.perpetrator else None,
            ev.perpetrator.actor_type if ev.perpetrator else None,
            ev.perpetrator_modality if ev.perpetrator else None, ev.target.canonical if ev.target else None,
            ev.target.actor_type if ev.target else None, ev.target.category if ev.target else None,
            ev.specificity, ev.modality, ev0.start if ev0 else None, ev0.end if ev0 else None,
            json.dumps(ev.to_json(), ensure_ascii=False), " ".join(sorted(_keywords(doc, ev)))))
        for j, f in enumerate(ev.figures):
            s0, s1 = _sentence_of(doc, f.span.start)
            rows.figures.append((
                f"{mid}:{j}", mid, doc_id, f.kind, f.low, f.high, f.qualifier, f.subject, f.subject_role,
                f.claimant.text, f.claimant.canonical, f.claimant.claimant_type, f.modality, f.span.start, f.span.end,
                s0, s1, f.shared_by))
    return rows


def _keywords(doc: Document, ev: Event) -> frozenset[str]:
    """The content words of the sentences that report the event, and of the headline: what fusion compares."""
    idx = sorted({m.sentence for m in ev.mentions if m.sentence < len(doc.sentences)})
    text = " ".join(doc.sentences[i].text for i in idx) + " " + (doc.headline or "")
    return content_words(text)
