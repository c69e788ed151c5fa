"""Across documents: reports of one real-world event become one event.

Blocking keeps the cost near-linear: a mention is only compared with the events of its *block* —
same country, same event family (armed violence, demonstrations, arrests, other) — whose dates lie
within ``WINDOW_DAYS`` of its own. Within a block, a mention joins the best-scoring event if the score
passes ``THRESHOLD``, else it opens a new event. Events are visited in the order reports arrive
(publication time), so fusing incrementally on ingest and rebuilding from scratch give the same result
when reports arrive in publication order.

Scoring (each term an analyst's rule of thumb):

=============== ==========================================================================================
place           same location name +1.0; same district +0.6; one report gives only the province (or
                only the country) and it contains the other's place +0.4; different provinces, or two
                precise places more than 40 km apart: not the same event
date            same day +1.0; one day apart (a late-night attack, "on Tuesday" against a time zone)
                +0.2, but -0.8 when both reports give the day explicitly; undated reports take their
                publication day and may be up to two days later than the event (+0.5); no day at all
                (no date, no publication time) -0.5
type            same sub-event type +0.4; same family only 0
perpetrator     same named actor +0.6; two different named actors -0.6
toll            both killed counts known: equal +0.3, within a factor of 2 0, else -0.3
text            Jaccard overlap of the content words of the reports' event sentences, times 1.2
=============== ==========================================================================================

``THRESHOLD`` is 1.6: place and day agreeing are enough; either alone needs the type, the actor or
the wording to agree too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

WINDOW_DAYS = 3
THRESHOLD = 1.6
_FAMILY = {
    "Battles": "armed", "Explosions/Remote violence": "armed", "Violence against civilians": "armed",
    "Protests": "demonstration", "Riots": "demonstration",
}
_STOP = frozenset("""a an the of in on at to for and or but was were is are be been by with from as that this it its their
his her they he she said says say told according police officials official reports reported report monday tuesday
wednesday thursday friday saturday sunday people least more than after when while who which into near""".split())
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def family(event_type: str, sub_event_type: str) -> str:
    if event_type == "Strategic developments":
        return "arrest" if sub_event_type == "Arrests" else "strategic"
    return _FAMILY.get(event_type, "other")


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (s or "").lower())


@dataclass(slots=True)
class MentionFeatures:
    id: str
    published: str | None  # the report's publication time (ISO)
    date: str | None  # the event's date as the report gives it
    date_precision: int
    iso: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    event_type: str
    sub_event_type: str
    perpetrator: str | None
    perpetrator_named: bool
    killed: int | None
    words: frozenset[str]
    family: str = ""
    day: dt.date | None = None  # the event's day, or the report's day when the report gives none
    keys: tuple[str, str, str] = ("", "", "")  # admin1, admin2, location as compared (normalised once)

    def __post_init__(self) -> None:
        self.family = family(self.event_type, self.sub_event_type)
        self.keys = (_norm(self.admin1), _norm(self.admin2), _norm(self.location))
        d = self.date if self.date and self.date_precision == 1 else None
        d = d or (self.published[:10] if self.published else None)
        try:
            self.day = dt.date.fromisoformat(d) if d else None
        except ValueError:
            self.day = None


@dataclass
class Cluster:
    id: str
    members: list[MentionFeatures] = field(default_factory=list)
    day: dt.date | None = None  # the earliest day its reports give

    def add(self, m: MentionFeatures) -> None:
        self.members.append(m)
        if m.day and (self.day is None or m.day < self.day):
            self.day = m.day


def _km(a: MentionFeatures, b: MentionFeatures) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def pair_score(a: MentionFeatures, b: MentionFeatures, same_actor: Callable[[str, str], bool]) -> float:
    """How strongly two reports describe one event; ``-inf`` when they cannot."""
    if a.iso != b.iso or a.family != b.family:
        return -math.inf
    s = 0.0
    # place
    (a1, a2, aloc), (b1, b2, bloc) = a.keys, b.keys
    if a1 and b1 and a1 != b1:
        return -math.inf
    pa, pb = a.geo_precision or 5, b.geo_precision or 5
    km = _km(a, b)
    if pa <= 2 and pb <= 2 and km is not None and km > 40:
        return -math.inf
    if aloc and aloc == bloc:
        s += 1.0
    elif a2 and a2 == b2:
        s += 0.6
    elif max(pa, pb) >= 4:
        s += 0.4
    elif km is not None and km <= 15:
        s += 0.4
    # date
    da, db = a.day, b.day
    if da and db:
        gap = abs((da - db).days)
        explicit = a.date_precision == 1 and b.date_precision == 1 and a.date and b.date
        if gap == 0:
            s += 1.0
        elif gap == 1:
            s += -0.8 if explicit else 0.2
        elif gap <= 2 and not explicit and (a.date is None or b.date is None):
            s += 0.5
        else:
            return -math.inf
    else:
        s -= 0.5  # no day to compare: place and type alone do not make one event
    # type
    if a.sub_event_type == b.sub_event_type:
        s += 0.4
    # perpetrator
    if a.perpetrator_named and b.perpetrator_named and a.perpetrator and b.perpetrator:
        s += 0.6 if same_actor(a.perpetrator, b.perpetrator) else -0.6
    # toll
    if a.killed and b.killed:
        lo, hi = sorted((a.killed, b.killed))
        s += 0.3 if lo == hi else (0.0 if hi <= 2 * lo else -0.3)
    # wording
    if a.words and b.words:
        s += 1.2 * len(a.words & b.words) / len(a.words | b.words)
    return s


def cluster_score(m: MentionFeatures, c: Cluster, same_actor: Callable[[str, str], bool]) -> float:
    """A mention against an event: its best agreement with any report, unless one report rules it out."""
    scores = [pair_score(m, x, same_actor) for x in c.members]
    if any(x == -math.inf for x in scores):
        return -math.inf
    return max(scores)


class Fuser:
    """Assigns mentions to events, block by block; feed mentions in publication order."""

    def __init__(self, same_actor: Callable[[str, str], bool], new_id: Callable[[MentionFeatures], str]) -> None:
        self.same_actor = same_actor
        self.new_id = new_id
        self.blocks: dict[tuple[str | None, str], list[Cluster]] = {}
        self.by_id: dict[str, Cluster] = {}

    def add_cluster(self, cluster: Cluster) -> None:
        key = (cluster.members[0].iso, cluster.members[0].family)
        self.blocks.setdefault(key, []).append(cluster)
        self.by_id[cluster.id] = cluster

    def assign(self, m: MentionFeatures) -> str:
        block = self.blocks.setdefault((m.iso, m.family), [])
        day = m.day
        best, best_score = None, THRESHOLD
        # newest events first; stop once events are older than the window
        for c in reversed(block):
            cd = c.day
            if day and cd and (day - cd).days > WINDOW_DAYS + 30:
                break
            if day and cd and abs((day - cd).days) > WINDOW_DAYS:
                continue
            sc = cluster_score(m, c, self.same_actor)
            if sc > best_score:
                best, best_score = c, sc
        if best is None:
            best = Cluster(self.new_id(m))
            block.append(best)
            self.by_id[best.id] = best
        best.add(m)
        return best.id


def fuse(mentions: Iterable[MentionFeatures], same_actor: Callable[[str, str], bool],
         new_id: Callable[[MentionFeatures], str]) -> dict[str, str]:
    """Mention id → event id for mentions in publication order (the rebuild)."""
    f = Fuser(same_actor, new_id)
    return {m.id: f.assign(m) for m in sorted(mentions, key=lambda m: (m.published or "", m.id))}
