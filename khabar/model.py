"""The one data model every stage reads and writes.

Every value khabar outputs carries a :class:`Span`: character offsets into the
text it was read from (``field="text"`` for the article body, ``"headline"``
for a headline given apart from the body).  ``text[span.start:span.end]`` is
always the evidence.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of the document: ``text[start:end]``."""

    start: int
    end: int
    text: str
    field: str = "text"  # "text" (the body) or "headline"

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "field": self.field}


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(slots=True)
class Actor:
    """A participant: as written, as canonicalised, with its ACLED actor type."""

    text: str
    canonical: str | None
    actor_type: int | None  # ACLED interaction code 1..8
    span: Span
    country: str | None = None  # ISO 3166-1 alpha-2 where the actor is country-bound
    category: str | None = None  # target category: civilians, security forces, police, captives, ...

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "canonical": self.canonical,
            "actor_type": self.actor_type,
            "country": self.country,
            "category": self.category,
            "evidence": self.span.to_json(),
        }


@dataclass(slots=True)
class Place:
    name: str
    country: str | None
    iso: str | None  # ISO 3166-1 alpha-2 of the country
    admin1: str | None
    admin1_iso: str | None  # ISO 3166-2 code of admin1 where known
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: int  # 1 exact place, 2 near/part of district, 3 admin2, 4 admin1, 5 country
    span: Span
    geonameid: int | None = None

    def to_json(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in (
            "name", "admin2", "admin1", "admin1_iso", "country", "iso", "lat", "lon", "precision", "geonameid")}
        d["evidence"] = self.span.to_json()
        return d


@dataclass(slots=True)
class When:
    value: str | None  # ISO date (YYYY-MM-DD) or None when the text gives none
    precision: int  # 1 day, 2 week, 3 month, 4 year, 0 unknown
    raw: str | None  # the expression as written
    span: Span | None
    end: str | None = None  # last day of a range ("last week")

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "end": self.end,
            "precision": self.precision,
            "raw": self.raw,
            "evidence": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Claimant:
    text: str
    canonical: str | None
    claimant_type: str  # perpetrator | state | local_official | medical | witness | un_ngo | media_own | unknown
    span: Span | None  # the attribution cue ("according to a statement from the BLA")

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "canonical": self.canonical,
            "type": self.claimant_type,
            "evidence": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Figure:
    kind: str  # killed | injured | abducted | held_captive | arrested | rescued | missing | displaced
    low: int | None
    high: int | None
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    subject: str | None  # who the number counts
    subject_role: str  # victim | attacker | unknown
    claimant: Claimant
    modality: str  # asserted | claimed | disputed | denied
    span: Span  # the number
    parts: list[Span] = field(default_factory=list)  # the numbers summed into this figure
    # a total the text gives for several linked incidents ("killed across the three raids"): how many
    shared_by: int | None = None
    shared_span: Span | None = None  # the words that say so

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "subject": self.subject,
            "subject_role": self.subject_role,
            "claimant": self.claimant.to_json(),
            "modality": self.modality,
            "evidence": self.span.to_json(),
            "parts": [p.to_json() for p in self.parts],
            "shared_by": self.shared_by,
            "shared_evidence": self.shared_span.to_json() if self.shared_span else None,
        }


@dataclass(slots=True)
class Mention:
    """One event mention: a trigger in a sentence, typed, with its arguments."""

    trigger: Span
    sentence: int
    event_type: str
    sub_event_type: str
    plover: str
    mode: str | None
    specificity: str = "specific"  # specific | aggregate | generic
    modality: str = "asserted"  # asserted | claimed | alleged | denied | threatened | future | hypothetical | negated
    perpetrator: Actor | None = None
    perpetrator_modality: str = "asserted"  # asserted | alleged | claimed
    target: Actor | None = None
    places: list[Place] = field(default_factory=list)
    when: When | None = None
    figures: list[Figure] = field(default_factory=list)
    family: str = ""  # coarse family used for merging: attack, battle, protest, arrest, ...
    priority: int = 0  # the strength of the trigger that typed the mention (triggers.tsv)


@dataclass(slots=True)
class Event:
    event_type: str
    sub_event_type: str
    plover: str
    mode: str | None
    perpetrator: Actor | None
    target: Actor | None
    place: Place | None
    date: When
    specificity: str
    modality: str
    figures: list[Figure]
    evidence: list[Span]  # the triggers of the mentions merged into this event
    mentions: list[Mention] = field(default_factory=list)
    perpetrator_modality: str = "asserted"  # asserted | alleged (suspected, blamed) | claimed (responsibility claimed)
    attack_type: str | None = None  # GTD Codebook attack type (ontology.ATTACK_TYPES), violent events only
    weapon: str | None = None  # weapon class (ontology.WEAPONS), violent events only

    def totals(self) -> dict[str, Any]:
        """Asserted victim totals per kind (claims are never summed into fact)."""
        out: dict[str, Any] = {}
        for f in self.figures:
            if f.modality == "asserted" and f.subject_role != "attacker":
                cur = out.get(f.kind)
                if cur is None or (f.low or 0) > (cur or 0):
                    out[f.kind] = f.low
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover": self.plover,
            "mode": self.mode,
            "attack_type": self.attack_type,
            "weapon": self.weapon,
            "specificity": self.specificity,
            "modality": self.modality,
            "perpetrator": self.perpetrator.to_json() if self.perpetrator else None,
            "perpetrator_modality": self.perpetrator_modality if self.perpetrator else None,
            "target": self.target.to_json() if self.target else None,
            "place": self.place.to_json() if self.place else None,
            "date": self.date.to_json(),
            "figures": [f.to_json() for f in self.figures],
            "evidence": [s.to_json() for s in self.evidence],
        }


@dataclass(slots=True)
class Flag:
    name: str  # headline_attribution_mismatch | party_only_figures | place_inferred | place_capital | place_route
    detail: str
    evidence: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "detail": self.detail, "evidence": [s.to_json() for s in self.evidence]}


@dataclass(slots=True)
class Document:
    text: str
    headline: str | None = None
    headline_span: Span | None = None  # where the headline is, if it was taken from the text
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    # the named non-state groups the text mentions, each with its spans (learn.perpetrator.Candidate): what the
    # perpetrator ranker chooses among; not part of the output
    groups: list[Any] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": "khabar.document/1",
            "headline": self.headline,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "language": self.language,
            "length": len(self.text),
            "events": [e.to_json() for e in self.events],
            "flags": [f.to_json() for f in self.flags],
        }


__all__ = [
    "Actor", "Claimant", "Document", "Event", "Figure", "Flag", "Mention", "Place", "Sentence", "Span", "When",
    "asdict",
]
