"""From a read document to the rows the store keeps: plain tuples, built in the worker that read it.

Ids: a document's is ``d_`` + 24 hex digits of SHA-256 over its headline and text (the same text read
twice is one document); a mention's is the document id and its ordinal; a figure's adds its ordinal
within the mention. Events here are one per mention; fusion across documents (khabar.fuse) links
mentions of one real-world event to one event.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from khabar.model import Document, Event, Figure

_PARTY = {"perpetrator"}


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
    events: list[tuple] = field(default_factory=list)


DOCUMENT_COLUMNS = ("id", "url", "outlet", "published", "headline", "language", "text", "origin", "supersedes",
                    "ingested_at")
MENTION_COLUMNS = ("id", "document_id", "ordinal", "event_id", "event_type", "sub_event_type", "plover", "mode",
                   "attack_type", "weapon", "date", "date_precision", "country", "iso", "admin1", "admin2", "location",
                   "lat", "lon", "geo_precision", "perpetrator", "perpetrator_type", "perpetrator_modality", "target",
                   "target_type", "target_category", "specificity", "modality", "evidence_start", "evidence_end",
                   "record")
FIGURE_COLUMNS = ("id", "mention_id", "document_id", "kind", "low", "high", "qualifier", "subject", "subject_role",
                  "claimant_text", "claimant_canonical", "claimant_type", "modality", "span_start", "span_end",
                  "sentence_start", "sentence_end", "shared_by")
EVENT_COLUMNS = ("id", "event_type", "sub_event_type", "plover", "mode", "attack_type", "weapon", "date",
                 "date_precision", "country", "iso", "admin1", "admin2", "location", "lat", "lon", "geo_precision",
                 "perpetrator", "perpetrator_type", "target", "target_type", "killed_low", "killed_best", "killed_high",
                 "injured_low", "injured_best", "injured_high", "abducted_best", "arrested_best", "contested", "flags",
                 "n_sources", "first_published", "last_published")


def reconcile(figures: list[tuple[Figure, str | None]]) -> dict[str, tuple[int | None, int | None, int | None]]:
    """low, best and high per figure kind from the figures of one report.

    Figures are grouped by claimant; a claimant's figures of one kind add up (victims and attackers).
    ``best`` comes from the most independent claimant that gives one (the reporter or a neutral source
    before a party to the conflict); ``low``/``high`` span every claimant's count, denied and disputed
    figures included, so that a party's claim is never lost and never taken for the best estimate.
    """
    by_kind: dict[str, dict[str, list[Figure]]] = {}
    for f, _doc in figures:
        by_kind.setdefault(f.kind, {}).setdefault(f.claimant.canonical or f.claimant.text, []).append(f)
    out: dict[str, tuple[int | None, int | None, int | None]] = {}
    for kind, groups in by_kind.items():
        totals = []
        for figs in groups.values():
            lo = sum((f.low if f.low is not None else (f.high or 0)) for f in figs)
            hi = sum((f.high if f.high is not None else (f.low or 0)) for f in figs)
            party = figs[0].claimant.claimant_type in _PARTY
            shaky = any(f.modality != "asserted" for f in figs)
            totals.append((party, shaky, lo, hi))
        ranked = sorted(totals, key=lambda t: (t[0], t[1]))
        best = ranked[0][2]
        out[kind] = (min(t[2] for t in totals), best, max(t[3] for t in totals))
    return out


def _sentence_of(doc: Document, start: int) -> tuple[int | None, int | None]:
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.start, s.end
    return None, None


def event_row(event_id: str, ev: Event, published: str | None, n_sources: int = 1) -> tuple:
    totals = reconcile([(f, None) for f in ev.figures])
    flags = []
    if ev.figures and all(f.claimant.claimant_type in _PARTY for f in ev.figures):
        flags.append("party_only")
    if n_sources == 1:
        flags.append("single_source")
    contested = any(f.modality in ("disputed", "denied") for f in ev.figures)
    if contested:
        flags.append("contested")
    p = ev.place

    def t(kind: str, i: int):
        v = totals.get(kind)
        return v[i] if v else None

    return (event_id, ev.event_type, ev.sub_event_type, ev.plover, ev.mode, ev.attack_type, ev.weapon, ev.date.value,
            ev.date.precision, p.country if p else None, p.iso if p else None, p.admin1 if p else None,
            p.admin2 if p else None, p.name if p else None, p.lat if p else None, p.lon if p else None,
            p.precision if p else None, ev.perpetrator.canonical if ev.perpetrator else None,
            ev.perpetrator.actor_type if ev.perpetrator else None, ev.target.canonical if ev.target else None,
            ev.target.actor_type if ev.target else None, t("killed", 0), t("killed", 1), t("killed", 2),
            t("injured", 0), t("injured", 1), t("injured", 2), t("abducted", 1), t("arrested", 1), int(contested),
            json.dumps(flags), n_sources, published, published)


def document_rows(doc: Document, doc_id: str, origin: str | None, supersedes: str | None, now: str,
                  published: str | None = None) -> DocumentRows:
    """``published`` keeps the time of day when the source gives one (the reader works with the date)."""
    published = published or doc.published
    rows = DocumentRows((doc_id, doc.url, doc.outlet, published, doc.headline, doc.language, doc.text, origin,
                         supersedes, now))
    for i, ev in enumerate(doc.events):
        mid = f"{doc_id}:{i}"
        eid = "e_" + hashlib.sha256(mid.encode()).hexdigest()[:20]
        p = ev.place
        ev0 = next((sp for sp in ev.evidence if sp.field == "text"), None)  # headline spans count from the headline
        rows.mentions.append((
            mid, doc_id, i, eid, ev.event_type, ev.sub_event_type, ev.plover, ev.mode, ev.attack_type, ev.weapon,
            ev.date.value, ev.date.precision, p.country if p else None, p.iso if p else None, p.admin1 if p else None,
            p.admin2 if p else None, p.name if p else None, p.lat if p else None, p.lon if p else None,
            p.precision if p else None, ev.perpetrator.canonical if ev.perpetrator else None,
            ev.perpetrator.actor_type if ev.perpetrator else None,
            ev.perpetrator_modality if ev.perpetrator else None, ev.target.canonical if ev.target else None,
            ev.target.actor_type if ev.target else None, ev.target.category if ev.target else None,
            ev.specificity, ev.modality, ev0.start if ev0 else None, ev0.end if ev0 else None,
            json.dumps(ev.to_json(), ensure_ascii=False)))
        for j, f in enumerate(ev.figures):
            s0, s1 = _sentence_of(doc, f.span.start)
            rows.figures.append((
                f"{mid}:{j}", mid, doc_id, f.kind, f.low, f.high, f.qualifier, f.subject, f.subject_role,
                f.claimant.text, f.claimant.canonical, f.claimant.claimant_type, f.modality, f.span.start, f.span.end,
                s0, s1, f.shared_by))
        rows.events.append(event_row(eid, ev, published))
    return rows
