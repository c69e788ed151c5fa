"""Per event and figure kind: low, best and high from every claim of every report, and the flags.

Rules (documented once, applied everywhere):

* A **claim** is one claimant's count of one kind in one report: the figures that claimant gives in that
  report add up (victims and attackers, as GTD and UCDP count the dead). The claimant is the source the
  text names: a named actor by its canonical name, any other source by its words ("hospital officials"
  and "a hospital official" are one key); the reporter's own voice is keyed by the outlet.
* **Latest report per claimant**: a claimant who updates a toll is represented by its latest report
  (tolls rise as bodies are found); the earlier counts stay in the claimant's history.
* **best**: the median of the latest claims of *independent* claimants (medical, UN/NGO, witnesses, local
  officials, the media's own reporting, unnamed sources); failing those, of the *state*; failing those,
  of the *parties* (the perpetrator's own claim), and the event is flagged ``party_only``. A disputed
  or denied figure is shown but never ``best``.
* **low**/**high**: the smallest and largest latest claims of anyone, parties included, so a party's
  inflated claim widens the range without moving the best estimate.
* **contested**: credible (non-party) claimants disagree beyond tolerance — the largest is more than
  1.5 times the smallest and at least 3 more — or a figure is disputed or denied.
* **rising_toll**: some claimant's later report gives a higher count than its earlier one.
* **single_source**: one document reports the event.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from khabar.resolve.actors import GENERIC

INDEPENDENT = {"medical", "un_ngo", "witness", "local_official", "media_own", "unknown"}
STATE = {"state"}
PARTY = {"perpetrator", "armed_group"}
KINDS = ("killed", "injured", "abducted", "arrested")


@dataclass(slots=True)
class Claim:
    kind: str
    claimant: str
    claimant_type: str
    document_id: str
    published: str | None
    outlet: str | None
    low: int
    high: int
    modality: str


def claimant_key(text: str | None) -> str | None:
    """One key for the ways reports name one kind of source: "a hospital official", "hospital officials"."""
    if not text:
        return None
    words = re.sub(r"[^\w\s-]", "", text.lower()).split()
    while words and words[0] in ("a", "an", "the", "two", "three", "several", "some", "other", "senior", "local"):
        words = words[1:]
    if words and words[-1].endswith(("sses", "shes", "ches")):
        words[-1] = words[-1][:-2]
    elif words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words) or None


def claims_of(figures: list[dict]) -> list[Claim]:
    """Figure rows (kind, low, high, claimant_text, claimant_canonical, claimant_type, modality, document_id,
    published, outlet) grouped into claims."""
    groups: dict[tuple, list[dict]] = {}
    for f in figures:
        canonical = f["claimant_canonical"] if f["claimant_canonical"] not in GENERIC else None
        who = canonical or claimant_key(f["claimant_text"]) or f"reporter:{f['outlet'] or f['document_id']}"
        groups.setdefault((f["kind"], who, f["document_id"]), []).append(f)
    out = []
    for (kind, who, doc), figs in groups.items():
        lo = sum((f["low"] if f["low"] is not None else (f["high"] or 0)) for f in figs)
        hi = sum((f["high"] if f["high"] is not None else (f["low"] or 0)) for f in figs)
        modality = next((f["modality"] for f in figs if f["modality"] in ("denied", "disputed")), figs[0]["modality"])
        out.append(Claim(kind, who, figs[0]["claimant_type"] or "unknown", doc, figs[0]["published"], figs[0]["outlet"],
                         lo, hi, modality))
    return out


@dataclass(slots=True)
class Totals:
    low: int | None
    best: int | None
    high: int | None
    contested: bool
    party_only: bool
    rising: bool
    history: dict[str, list[tuple[str | None, int]]]  # claimant → [(published, count)] in report order


def reconcile(claims: list[Claim]) -> dict[str, Totals]:
    out: dict[str, Totals] = {}
    for kind in {c.kind for c in claims}:
        mine = sorted((c for c in claims if c.kind == kind), key=lambda c: (c.published or "", c.document_id))
        history: dict[str, list[tuple[str | None, int]]] = {}
        latest: dict[str, Claim] = {}
        for c in mine:
            history.setdefault(c.claimant, []).append((c.published, c.low))
            latest[c.claimant] = c
        rising = any(any(b[1] > a[1] for a, b in zip(h, h[1:], strict=False)) for h in history.values())
        usable = [c for c in latest.values() if c.modality not in ("denied", "disputed")]
        tiers = [[c for c in usable if c.claimant_type in INDEPENDENT], [c for c in usable if c.claimant_type in STATE],
                 [c for c in usable if c.claimant_type in PARTY]]
        chosen = next((t for t in tiers if t), [])
        best = int(statistics.median_low([c.low for c in chosen])) if chosen else None
        values = [c.low for c in latest.values()] + [c.high for c in latest.values()]
        credible = [c.low for c in usable if c.claimant_type not in PARTY]
        contested = any(c.modality in ("denied", "disputed") for c in latest.values()) or (
            len(credible) >= 2 and max(credible) > 1.5 * max(1, min(credible)) and max(credible) - min(credible) >= 3)
        party_only = bool(latest) and all(c.claimant_type in PARTY for c in latest.values())
        out[kind] = Totals(min(values) if values else None, best, max(values) if values else None, contested,
                           party_only, rising, history)
    return out


def majority(values: list, default=None):
    """The most frequent non-empty value, the earliest on a tie."""
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return default
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)
