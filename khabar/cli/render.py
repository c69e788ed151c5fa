"""Readable tables of a document's events, for the terminal."""

from __future__ import annotations

from khabar.model import Actor, Document, Event, Figure
from khabar.ontology import ACTOR_TYPES, DATE_PRECISION, PLACE_PRECISION


def _actor(a: Actor | None, modality: str | None = None) -> str:
    if a is None:
        return "—"
    parts = [a.text]
    if a.canonical and a.canonical.lower() != a.text.lower():
        parts.append(f"→ {a.canonical}")
    if a.actor_type:
        parts.append(f"[{a.actor_type} {ACTOR_TYPES[a.actor_type]}]")
    if a.category:
        parts.append(f"({a.category})")
    if modality and modality != "asserted":
        parts.append(f"— {modality}")
    return " ".join(parts)


def _value(f: Figure) -> str:
    if f.low is not None and f.high is not None and f.low != f.high:
        v = f"{f.low}–{f.high}"
    elif f.low is not None:
        v = str(f.low)
    else:
        v = f"≤{f.high}"
    q = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to ", "vague": "~"}.get(f.qualifier, "")
    return q + v


def _figure(f: Figure) -> str:
    c = f.claimant
    who = c.canonical if c.canonical and c.claimant_type == "perpetrator" else c.text
    head = f"{f.kind} {_value(f)}"
    if f.subject:
        head += f" ({f.subject}"
        head += ", attackers)" if f.subject_role == "attacker" else ")"
    if f.modality == "disputed":
        return f"{head} — per {who} [{f.claimant.claimant_type}], DISPUTED by another source"
    if f.modality == "asserted":
        src = "reported" if f.claimant.claimant_type == "media_own" else f"per {who} [{f.claimant.claimant_type}]"
        return f"{head} — {src}"
    return f"{head} — {f.modality.upper()} by {who} [{f.claimant.claimant_type}], not established"


def render_event(i: int, ev: Event) -> str:
    lines = [f"Event {i}: {ev.event_type} / {ev.sub_event_type}   PLOVER {ev.plover}   mode {ev.mode or '—'}",
             f"  {'specificity':<12} {ev.specificity}; modality {ev.modality}",
             f"  {'perpetrator':<12} {_actor(ev.perpetrator, ev.perpetrator_modality)}",
             f"  {'target':<12} {_actor(ev.target)}"]
    p = ev.place
    if p is not None:
        where = ", ".join(x for x in (p.name if p.name not in (p.admin1, p.country) else None, p.admin2 if p.admin2 != p.name else None,
                                      p.admin1 if p.admin1 != p.name else p.admin1, p.country) if x)
        code = p.admin1_iso or p.iso or ""
        ll = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        lines.append(f"  {'place':<12} {where} [{code}] — precision {p.precision} ({PLACE_PRECISION[p.precision]}){ll}")
    else:
        lines.append(f"  {'place':<12} unknown")
    d = ev.date
    if d.value:
        rng = f"..{d.end}" if d.end else ""
        lines.append(f"  {'date':<12} {d.value}{rng} — precision {d.precision} ({DATE_PRECISION[d.precision]}), from \"{d.raw}\"")
    else:
        lines.append(f"  {'date':<12} unknown from the text (precision 0)")
    if ev.figures:
        for j, f in enumerate(ev.figures):
            lines.append(f"  {'figures' if j == 0 else '':<12} {_figure(f)}")
    else:
        lines.append(f"  {'figures':<12} none given")
    ev_spans = ", ".join(f"{s.field}[{s.start}:{s.end}] \"{s.text}\"" for s in ev.evidence[:4])
    lines.append(f"  {'evidence':<12} {ev_spans}")
    return "\n".join(lines)


def render_document(doc: Document, name: str) -> str:
    head = f"== {name}"
    if doc.headline:
        head += f" — \"{doc.headline}\""
    if doc.published:
        head += f" (published {doc.published})"
    out = [head]
    if not doc.events:
        out.append("No event of political violence found.")
    for i, ev in enumerate(doc.events, 1):
        out.append(render_event(i, ev))
    for fl in doc.flags:
        out.append(f"Flag: {fl.name} — {fl.detail}")
    return "\n".join(out) + "\n"
