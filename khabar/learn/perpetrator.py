"""The perpetrator ranker's features: which of the named groups a text mentions carried out its event.

The rules name a perpetrator from the grammar of the event's own sentence ("ETA gunmen shot ...") and from
blame they can parse ("police blamed the ELN"). Reports also tell it in ways no pattern lists: "the device was
of a type used by X", "X is active in the area", a group named only in the headline-like first clause. The
ranker scores every named non-state group the text mentions (a *candidate*), from the words around each of its
mentions, where they stand against the event's sentences, what the rules read and the group's name as a prior;
the best candidate becomes the perpetrator of the document's first event (alleged, not asserted) when its
probability clears the threshold chosen in training (``khabar.learn.train``, which builds its examples with the
same functions as reading uses here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.learn.features import hashed, tokens
from khabar.model import Actor, Document, Event, Span
from khabar.resolve.actors import descriptive_names, unidentified

_WINDOW = 5  # words each side of a mention


@dataclass(frozen=True, slots=True)
class Candidate:
    """One named group and its mentions (character spans) in the text."""

    canonical: str
    actor_type: int
    spans: tuple[tuple[int, int], ...]
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    """What the rules read of the event the ranker names a perpetrator for."""

    family: str
    sub_event_type: str
    sentences: tuple[int, ...]  # indices of the event's sentences
    perpetrator: str | None  # the rules' perpetrator (canonical), if any
    perpetrator_type: int | None
    perpetrator_modality: str
    target: str | None  # the rules' target (canonical), if any
    triggers: tuple[tuple[int, int], ...] = ()  # the spans of the event's triggers


def candidates(matches) -> list[Candidate]:
    """The named non-state groups among a text's actor matches (``resolve.actors.ActorMatch``), in order of first
    mention; generic ("gunmen") and descriptive ("separatists") actors and the state's forces are none."""
    by: dict[str, list] = {}
    for m in matches:
        e = m.entry
        if e.generic or e.actor_type not in (2, 3, 4) or e.category == "descriptive":
            continue
        by.setdefault(e.canonical, []).append(m)
    return [Candidate(k, v[0].entry.actor_type, tuple((m.start, m.end) for m in v), v[0].entry.country)
            for k, v in by.items()]


def event_view(ev: Event | None) -> EventView | None:
    if ev is None:
        return None
    p = ev.perpetrator
    return EventView(ev.mentions[0].family if ev.mentions else "", ev.sub_event_type,
                     tuple(sorted({m.sentence for m in ev.mentions})), p.canonical if p else None,
                     p.actor_type if p else None, ev.perpetrator_modality, ev.target.canonical if ev.target else None,
                     tuple((m.trigger.start, m.trigger.end) for m in ev.mentions if m.trigger.field == "text"))


def eligible(doc: Document, ev: Event) -> list[Candidate]:
    """The candidates for event ``ev``: the groups named from its first sentence on, with those mentions only (what
    a report tells before its act is background: "Police blamed ETA for last year's bombing. On Monday gunmen shot
    dead a councillor")."""
    first = min((m.sentence for m in ev.mentions), default=0)
    start = doc.sentences[first].start if first < len(doc.sentences) else 0
    out = []
    for c in doc.groups:
        spans = tuple(sp for sp in c.spans if sp[0] >= start)
        if spans:
            out.append(c if len(spans) == len(c.spans) else Candidate(c.canonical, c.actor_type, spans, c.country))
    return out


def drop_threshold(model) -> float:
    """Below this probability the group the rules named is none of the perpetrators (the model's own figure)."""
    return float(model.meta.get("drop_threshold", 0.0))


_AGENT_BEFORE = re.compile(r"\b(?:planted|placed|carried out|set off|detonated|fired|launched|thrown|hurled|claimed)\s+by\s+"
                           r"(?:the\s+)?(?:suspected\s+|alleged\s+)?$", re.I)


def switch_threshold(model) -> float:
    """The probability another group needs to replace the group the rules named (the model's own figure)."""
    return float(model.meta.get("switch_threshold", model.thresholds[0]))


def rank(doc: Document, model) -> None:
    """Name the perpetrator of the document's first event by the ranker (``model``: a one-label
    ``learn.linear.LinearModel`` whose threshold is the decision's): the best candidate when it clears the
    threshold (the switch threshold when the rules named another of the groups), as alleged unless the rules read
    that group already; when none does, the rules' group is dropped
    if its probability is below the model's drop threshold ("X is known to operate in the area" names no
    perpetrator), unless the text reads as its claim. A state or foreign force the rules read stays."""
    if not doc.events or not doc.groups:
        return
    ev = doc.events[0]
    current = ev.perpetrator
    if current is not None and current.actor_type in (1, 8):
        return
    cands = eligible(doc, ev)
    if not cands:
        return
    if current is None or unidentified(current.canonical) or current.canonical in descriptive_names() \
            or current.actor_type in (5, 6, 7):  # (and a crowd: "Activists set fire to two buses ... Police blamed
        # activists of Jamaat-e-Islami")
        # "Hutu rebels attacked a camp ... The army attributed the massacre to the CNDD": those who report the act give
        # it to a named group, where the rules read none
        found = next(((c, sp) for c in cands for sp in c.spans if _attributed_to(doc.text, sp[0])), None)
        if found is not None:
            c, (s, e) = found
            ev.perpetrator = Actor(doc.text[s:e], c.canonical, c.actor_type, Span(s, e, doc.text[s:e]), c.country)
            ev.perpetrator_modality = "alleged"
            return
    view = event_view(ev)
    sentences = [(s.start, s.end) for s in doc.sentences]
    p = [model.proba(candidate_features(doc.text, sentences, cands, view, k))[0] for k in range(len(cands))]
    k = max(range(len(p)), key=p.__getitem__)
    name = current.canonical if current is not None else None
    ruled = next((j for j, c in enumerate(cands) if c.canonical == name), None)
    t = model.thresholds[0] if ruled is None else switch_threshold(model)
    if p[k] >= t and k != ruled:
        c = cands[k]
        s, e = next(((a, b) for a, b in c.spans if _sentence_of(sentences, a) in view.sentences), c.spans[0])
        ev.perpetrator = Actor(doc.text[s:e], c.canonical, c.actor_type, Span(s, e, doc.text[s:e]), c.country)
        ev.perpetrator_modality = "alleged"
    elif p[k] < t and ruled is not None and p[ruled] < drop_threshold(model) and ev.perpetrator_modality != "claimed" \
            and not _read_in_the_act(doc.text, ev, current):
        ev.perpetrator = None


# the act given to the group by those who report it, in a sentence of its own: "Sources attributed the attack to the
# Caucasus Emirate", "Authorities attributed the incident to Sikh extremists" (GTD's perpetrator, with its doubt)
_ACTS = (r"(?:(?:attempted|failed|foiled)\s+)?(?:attack|incident|attacks|incidents|bombing|blast|explosion|killing|killings|massacre|assassination|kidnapping|"
         r"abduction|ambush|raid|shooting)")
_ATTRIBUTED_TO = re.compile(r"(?:^|[.;]\s+|,\s+(?:but|and|while|although|though)\s+)(?:[\w-]+\s+)?(?:sources|authorities|officials|police|security sources|investigators|"
                            r"the\s+army|the\s+military|the\s+government)\s+(?:later\s+)?"
                            rf"(?:attributed\s+the\s+{_ACTS}\s+to|suspected|blamed)\s+"
                            r"(?:the\s+)?(?:(?:fighters|members|militants|activists|supporters|cadres)\s+of\s+(?:the\s+)?(?:self-proclaimed\s+|so-called\s+)?)?$|"
                            # "the kidnapping was attributed to X", "police said the attackers were supporters of X"
                            rf"(?:^|[.;,]\s+)(?:and\s+|but\s+)?the\s+{_ACTS}\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?"
                            r"(?:attributed|blamed)\s+(?:to|on)\s+(?:the\s+)?$|"
                            r"\b(?:said|says|believed|suspected)\s+(?:that\s+)?the\s+(?:attackers|assailants|gunmen|killers|kidnappers|bombers)\s+"
                            r"(?:were|was)\s+(?:supporters|members|fighters|militants|loyalists)\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _attributed_to(text: str, start: int) -> bool:
    """Is the group named at ``start`` the one those who report the act attribute it to?"""
    return _ATTRIBUTED_TO.search(text, max(0, start - 90), start) is not None


def _read_in_the_act(text: str, ev, actor: Actor) -> bool:
    """The rules read the group in the act's own words: the act's noun is the group's ("an Islamic State suicide
    bomber"), or the group is its agent ("an IED planted by suspected IS militants exploded"), or those who report the
    act attribute it to the group in so many words."""
    sp = actor.span
    if _attributed_to(text, sp.start):
        return True
    return any(sp.start <= t.start < sp.end or sp.start >= t.end and _AGENT_BEFORE.search(text, max(t.end, sp.start - 40),
                                                                                           sp.start)
               for t in ev.evidence)


def _words_before(text: str, start: int, lo: int) -> list[str]:
    return tokens(text[max(lo, start - 60):start])[-_WINDOW:]


def _words_after(text: str, end: int, hi: int) -> list[str]:
    return tokens(text[end:min(hi, end + 60)])[:_WINDOW]


def _sentence_of(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(sentences):
        if s <= pos < e:
            return k
    return len(sentences) - 1


def candidate_features(text: str, sentences: Sequence[tuple[int, int]], cands: Sequence[Candidate],
                       ev: EventView | None, k: int) -> dict[int, float]:
    """The hashed features of candidate ``k`` among ``cands``."""
    return hashed(feature_names(text, sentences, cands, ev, k))


def feature_names(text: str, sentences: Sequence[tuple[int, int]], cands: Sequence[Candidate],
                  ev: EventView | None, k: int) -> list[str]:
    """The features of candidate ``k`` among ``cands``, by name."""
    c = cands[k]
    # (not the group's actor type: rare kinds of groups in the training data would count against any name of theirs;
    # the name itself is a prior, learned only for groups the training data names often enough to weigh)
    f: list[str] = [f"nm={min(len(c.spans), 3)}", f"nc={min(len(cands), 3)}", f"g:{c.canonical}"]
    order = sorted(range(len(cands)), key=lambda j: cands[j].spans[0][0])
    f.append(f"rank={min(order.index(k), 2)}")
    if ev is None:
        f.append("no_event")
    else:
        f += [f"fam={ev.family}", f"sub={ev.sub_event_type}"]
        if ev.perpetrator is None:
            f.append("rule_perp=none")
        elif ev.perpetrator == c.canonical:
            f += ["rule_perp=self", f"rule_pmod={ev.perpetrator_modality}"]
        elif ev.perpetrator_type in (2, 3, 4):
            f.append("rule_perp=other_group")
        else:
            f.append(f"rule_perp=type{ev.perpetrator_type}")
        if ev.target == c.canonical:
            f.append("is_target")
    n = len(sentences)
    for start, end in c.spans:
        si = _sentence_of(sentences, start)
        lo, hi = sentences[si] if sentences else (0, len(text))
        where = "s0" if si == 0 else ("last" if si == n - 1 else "mid")
        in_ev = ev is not None and si in ev.sentences
        f += [f"at={where}", f"in_ev={in_ev}"]
        if ev is not None and ev.sentences:
            f.append(f"after_ev={min(max(si - ev.sentences[0], -1), 3)}")
        trig = [t for t in (ev.triggers if ev is not None else ()) if lo <= t[0] < hi]
        if trig:  # before the act's verb (its agent, as a rule) or after it, and how far
            t0, t1 = min(trig, key=lambda t: abs(t[0] - start))
            gap = len(tokens(text[end:t0] if end <= t0 else text[t1:start]))
            f.append(f"trig={'before' if end <= t0 else 'after'}:{min(gap, 3) if gap < 4 else (6 if gap < 9 else 9)}")
        before, after = _words_before(text, start, lo), _words_after(text, end, hi)
        if before:
            f.append(f"L1:{before[-1]}")
            if len(before) > 1:
                f.append(f"L2:{before[-2]} {before[-1]}")
            if len(before) > 2:
                f.append(f"L3:{before[-3]} {before[-2]} {before[-1]}")
        else:
            f.append("L1:<s>")
        if after:
            f.append(f"R1:{after[0]}")
            if len(after) > 1:
                f.append(f"R2:{after[0]} {after[1]}")
            if len(after) > 2:
                f.append(f"R3:{after[0]} {after[1]} {after[2]}")
        else:
            f.append("R1:</s>")
        f += [f"Lb:{w}" for w in before] + [f"Rb:{w}" for w in after]
        f += [f"S:{w}" for w in tokens(text[lo:hi])[:60]]
    return f
