"""Run the normal pipeline over gold records and score every gold field they carry (``../shared/EVAL.md``).

Conventions, stated once:

* The *primary event* of a record is khabar's first event in text order; GTD,
  RAND and SATP records describe one incident each.
* ``fatalities``/``injured``: khabar's count for the primary event — victims
  and attackers together, as GTD and RAND count them — from the most
  independent claimant that gives one (reporter or neutral source before a
  party). No figure counts as 0 for exactness and is reported as ``missing``. A total the text
  gives for several linked incidents ("killed across the three raids") counts as an even share.
* ``date``: when khabar finds no date in the text (precision 0), the report
  date is what an analyst would code; the evaluation compares that, and the
  event itself keeps ``value=None``.
* ``perpetrator``: generic actors ("gunmen", "militants") are *unknown*;
  names compare after alias normalisation.
"""

from __future__ import annotations

import functools
import re
import resource
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

from khabar.errors import KhabarError
from khabar.eval import schemes
from khabar.eval.gold import GoldRecord
from khabar.eval.metrics import accuracy, f1_macro, f1_weighted, multilabel_f1
from khabar.model import Actor, Document, Event, Figure, Place
from khabar.pipeline import Reader
from khabar.resolve.actors import unidentified
from khabar.resolve.gazetteer import edit_distance, same_spelling
from khabar.resources import read_table

_PARTY = {"perpetrator"}
# schemes whose perpetrator field holds only named organisations (a described group, "Muslim extremists",
# "separatists", is "Other" in RAND; GTD has values for them)
_NAMED_GROUPS_ONLY = {"rand"}
# gold perpetrator values that name no group: scored as "unknown" (RAND codes unattributed attacks "Other")
# ACLED's actor 1 when nobody is named: the attacker unknown, in events only armed groups or anyone could carry out
_UNKNOWN_ATTACKER = "Unidentified Armed Group"
# actors ACLED codes under another actor's name: the coalition's strikes in Yemen under its leader's forces
_CLASH_TRIGGER = re.compile(r"clash|fight|fought|battl|exchang|encounter|skirmish|shoot-?out", re.I)
_HANDED = re.compile(r"\bhand(?:ed|ing|s)?\b", re.I)
# a side told as the one that started the fighting: "clashed with ELN fighters after the ELN fighters ambushed a patrol"
_INITIATING = (r"(?:\s+(?:fighters|militants|troops|soldiers|forces|members|rebels|units|gunmen|combatants))?"
               r"\s+(?:had\s+|first\s+)?(?:attacked|ambushed|raided|stormed|opened\s+fire|"
               r"launched\s+an?\s+(?:attack|assault|offensive|raid))\b")
_ISLAMIC_STATE = "Islamic State of Iraq and the Levant (ISIL)"
_IS_BRANCH = {"AF": "Islamic State (Afghanistan)", "IQ": "Islamic State (Iraq)", "SY": "Islamic State (Syria)",
              "PK": "Islamic State (Pakistan)", "LY": "Islamic State (Libya)", "SO": "Islamic State (Somalia)",
              "YE": "Islamic State (Yemen)", "NG": "Islamic State (West Africa)", "TD": "Islamic State (West Africa)",
              "CM": "Islamic State (West Africa)", "ML": "Islamic State (Sahel)", "BF": "Islamic State (Sahel)",
              "MZ": "Islamic State (Mozambique)", "CD": "Islamic State (Central Africa)"}
_ACLED_NAMES = {"Saudi-led coalition": "Military Forces of Saudi Arabia"}
_STATE_WEAPONS = {"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"}
_UNNAMED_GOLD = {"other", "unknown", "individual", "individuals", "none", "unaffiliated individual(s)"}
_ADMIN_WORDS = re.compile(r"\b(?:province|state|region|governorate|district|department|division|oblast|county|territory|"
                          r"prefecture|municipality|city|town|village|kibbutz|moshav|settlement|area|wilaya|rayon|raion|the|"
                          # GeoNames' Chinese first-level names: "Xinjiang Uygur Zizhiqu", "Sichuan Sheng"
                          r"uygur|uyghur|uighur|zizhiqu|zhuangzu|huizu|sheng)\b", re.I)


_DISTRICT_FIRST = {"UG"}  # countries whose ACLED admin1 is the gazetteer's admin2 (district)
_PROVINCE_FIRST_GTD = {"PH"}  # countries whose GTD first level is the gazetteer's admin2 (the Philippines' provinces)
# words a first-level name carries in one scheme and not another: "Muhafazat al Qalyubiyah" is Qalyubia,
# "Mintaqat `Asir" Asir, "Wilayat-e Baghlan" Baghlan
_ADMIN_PREFIX = re.compile(r"^(?:(?:muhafazat|mintaqat|wilayat(?:-e)?|wilayah|provincia de|departamento de|estado de|"
                           r"province of|district of|municipality of|republic of)\s+)?(?:(?:al|el|ash|as|ar|ad|an|at|az)[\s-]+)?", re.I)
_DISTRICT_WORD = re.compile(r"\s+District$", re.I)


@functools.cache
def _admin1_crosswalk() -> dict[tuple[str, str, str], frozenset[str]]:
    """(ISO, level, old name) -> the current first-level names it lies in, names normalised."""
    out: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for iso, level, old, new in read_table("admin1_crosswalk.tsv"):
        out[(iso, level, norm_place(old))].add(norm_place(new))
    return {k: frozenset(v) for k, v in out.items()}


def _told_initiating(actor: Actor, text: str) -> bool:
    return bool(text) and re.search(re.escape(actor.text) + _INITIATING, text, re.I) is not None


def norm_place(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _ADMIN_WORDS.sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s


def _bare_admin(name: str) -> str:
    return norm_place(_ADMIN_PREFIX.sub("", name.strip(), count=1))


def primary_event(doc: Document) -> Event | None:
    return doc.events[0] if doc.events else None


# ACLED codes a vague count by a fixed number: "tens" 10, "dozens" 12, "hundreds" 100, "several" and "many" 10
_ACLED_VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "several": 10, "many": 10, "scores": 20}


def toll(ev: Event | None, kind: str, scheme: str | None = None) -> int | None:
    """The count of ``kind`` for an event: all roles, from the most independent claimant (``scheme`` "acled": a vague
    count as ACLED codes it)."""
    if ev is None:
        return None
    figs = [f for f in ev.figures if f.kind == kind]
    if not figs:
        return None
    by_claimant: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_claimant[f.claimant.canonical or f.claimant.text].append(f)
    groups = _with_their_dead(sorted(by_claimant.values(), key=lambda fs: (fs[0].claimant.claimant_type in _PARTY,
                                                                          fs[0].modality != "asserted")))
    if scheme == "acled":
        # ACLED codes the most conservative of the counts its sources give, a vague count by a fixed number (of the
        # counts of the same dead: not a second source's count of the attackers alone)
        whole = [fs for fs in groups if not all(f.subject_role == "attacker" for f in fs)] or groups
        return min(sum(_acled_vague(f.span.text, n) if f.qualifier == "vague" and not f.parts else n
                       for f, n in zip(fs, _lows(fs), strict=True)) for fs in whole)
    return sum(_lows(groups[0]))


def _acled_vague(said: str, n: int) -> int:
    """A vague count as ACLED codes it, by its word wherever the span holds it ("dozens of militants": 12)."""
    return next((_ACLED_VAGUE[w] for w in said.lower().split() if w in _ACLED_VAGUE), n)


def _with_their_dead(groups: list[list[Figure]]) -> list[list[Figure]]:
    """The claimants' figures with the attackers' own dead, which only the side that fought them gives ("Six police
    officers were killed ... Officials said 11 of the attackers were also killed"), joined to the first source's
    victims: GTD, RAND and ACLED count both (not one suspect killed later, nor another account of the same dead)."""
    if len(groups) == 2 and any(all(f.subject_role == "attacker" for f in fs)
                                and fs[0].claimant.claimant_type == "media_own" for fs in groups) \
            and any(all(f.subject_role == "victim" for f in fs) for fs in groups):
        # "Fourteen soldiers were killed ..., the army chief of staff said. One assailant was killed": one source
        # counts the victims, another the attackers: two parts of one toll, not two counts of the same dead
        victims, attackers = sorted(groups, key=lambda fs: fs[0].subject_role == "attacker")
        return [victims + attackers]
    own = groups[0]
    if not any(f.subject_role == "victim" for f in own) or any(f.subject_role in ("attacker", "unknown") for f in own):
        return groups
    k = next((k for k, fs in enumerate(groups[1:], 1) if any(map(_their_dead, fs))), None)
    if k is None:
        return groups
    theirs = [f for f in groups[k] if _their_dead(f)]
    others = [[f for f in fs if not _their_dead(f)] if j == k else fs for j, fs in enumerate(groups) if j]
    return [own + theirs, *(fs for fs in others if fs)]


def _their_dead(f: Figure) -> bool:
    return f.subject_role == "attacker" and f.claimant.claimant_type == "state" and (f.low or 0) >= 2


def _lows(figures: list[Figure]) -> list[int]:
    return [_share(f.low if f.low is not None else (f.high or 0), f.shared_by) for f in figures]


def _share(total: int, shared_by: int | None) -> int:
    """One incident's share of a total the text gives for several linked incidents: GTD codes such a
    total as an even split among the incidents (halves rounded up)."""
    if not shared_by or shared_by < 2:
        return total
    return int(total / shared_by + 0.5)


_COMPASS = re.compile(r"\b(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste|northern|southern|eastern|"
                      r"western|central|centre|center|upper|lower|middle|haut|bas|alto|bajo)\b")
# ACLED names a state's forces by the state: "Police Forces of India (2014-)", "Military Forces of Sudan (2019-)"
_ACLED_STATE_FORCES = {"Police": "Police Forces of {}", "Security forces": "Military Forces of {}",
                       "Government": "Government of {}"}


# acts ACLED gives the state whoever else the text names: "Five suspected NPA members were arrested at a police
# checkpoint" (the police, not the group), "seized Adan Yabaal from Al Shabaab" (ground the government regains is its
# forces'; the group named is the one that lost it)
_STATE_SIDE = {"Arrests": "Police", "Government regains territory": "Security forces",
               "Disrupted weapons use": "Security forces"}  # (the mines "laid by the ELN" that army engineers destroyed)
_POLICE = re.compile(r"\bpolice\b", re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers|troops|army|military|marines|navy|air force)\b", re.I)


def _state_forces_of(actor: Actor, place: Place | None, sub_event_type: str | None = None) -> str | None:
    """The state's forces a generic state actor ("police", "troops") belong to, named as ACLED does, where the
    event's country is known (unnamed "security forces" who arrest someone: ACLED's police)."""
    if place is None or not place.country:
        return None
    form = _ACLED_STATE_FORCES.get(actor.canonical or "")
    if sub_event_type == "Arrests" and actor.canonical in ("Security forces", "Government") \
            and not _SOLDIERS.search(actor.text):  # ("Authorities in Hanoi detained a blogger": the police)
        form = _ACLED_STATE_FORCES["Police"]
    return form.format(place.country) if form else None



def _reading(ev: Event | None, doc: Document) -> dict | None:
    """khabar's reading of a record's primary event, in brief: what an error analysis looks at first."""
    if ev is None:
        return None
    p, t = ev.perpetrator, ev.target
    return {"events": len(doc.events), "type": ev.event_type, "sub_type": ev.sub_event_type, "mode": ev.mode,
            "perpetrator": p.text if p else None, "perpetrator_canonical": p.canonical if p else None,
            "target": t.text if t else None, "place": ev.place.name if ev.place else None,
            "country": ev.place.iso if ev.place else None, "date": ev.date.value,
            "evidence": ev.evidence[0].text if ev.evidence else None}


class Scorer:
    """Accumulates predictions and gold values per dataset and metric."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.actors = reader.actors
        self.gaz = reader.gazetteer
        self.single: dict[str, dict[str, tuple[list, list]]] = defaultdict(lambda: defaultdict(lambda: ([], [])))
        self.rates: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
        self.multi: dict[str, dict[str, tuple[list, list]]] = defaultdict(lambda: defaultdict(lambda: ([], [])))
        self.counts: dict[str, int] = defaultdict(int)
        self.failed: dict[str, int] = defaultdict(int)
        self.row: dict | None = None  # the record being scored, field by field (``khabar eval --records``)

    # -- what is scored, pooled per dataset and noted per record ------------------------------------
    def _note(self, name: str, gold: object, pred: object, ok: bool) -> None:
        if self.row is not None:
            fields = self.row["fields"]
            key, k = name, 1
            while key in fields:  # a MUC-4 text's second, third... incident
                k += 1
                key = f"{name}#{k}"
            fields[key] = {"gold": gold, "pred": pred, "ok": ok}

    def _add_single(self, ds: str, name: str, gold: object, pred: object) -> None:
        golds, preds = self.single[ds][name]
        golds.append(gold)
        preds.append(pred)
        self._note(name, gold, pred, gold == pred)

    def _add_multi(self, ds: str, name: str, gold: list[str], pred: list[str]) -> None:
        golds, preds = self.multi[ds][name]
        golds.append(gold)
        preds.append(pred)
        self._note(name, gold, pred, set(gold) == set(pred))

    def _add_rate(self, ds: str, name: str, value: bool, gold: object = None, pred: object = None,
                  ok: bool | None = None) -> None:
        """``value`` counts toward the rate; ``ok`` (by default the value) says whether khabar was right."""
        self.rates[ds][name].append(value)
        self._note(name, gold, pred, value if ok is None else ok)

    # -- helpers ------------------------------------------------------------------------------------
    def _country_iso(self, name: str | None) -> str | None:
        """Gold country names carry their history: "Burma (Myanmar)", "Zimbabwe (Rhodesia)", "China, Republic of (Taiwan)"."""
        if not name:
            return None
        inner = re.findall(r"\(([^)]+)\)", name)
        outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
        parts = [p.strip() for p in outer.split(",")] if "," in outer else []
        flipped = " ".join(reversed(parts[:2])) if parts else None
        cands = (name, *inner, outer, flipped, *parts)  # "FRY (Montenegro)" is Montenegro
        for cand in cands:
            e = self.gaz.country(cand) if cand else None
            if e:
                return e.iso
        # a region coded as a country ("Chechnya", "Canary Islands", "Azores"): the country it lies in
        for cand in cands:
            e = next((e for e in self.gaz.lookup(cand) if e.kind == "admin1"), None) if cand else None
            if e:
                return e.iso
        return norm_place(name)

    def _same_admin1(self, gold: str, ev: Event, dataset: str = "") -> bool:
        p = ev.place
        if p is None or not p.admin1:
            return False
        if dataset == "gtd" and p.iso in _PROVINCE_FIRST_GTD and p.admin2 and _bare_admin(gold) == _bare_admin(p.admin2):
            return True  # "Sulu" for the gazetteer's "Province of Sulu"
        a, b = norm_place(gold), norm_place(p.admin1)
        ba, bb = _bare_admin(gold), _bare_admin(p.admin1)
        if a == b or ba == bb or (min(len(ba), len(bb)) >= 6 and ba[0] == bb[0] and edit_distance(ba, bb, 2) <= 2
                                  or min(len(ba), len(bb)) >= 4 and ba[0] == bb[0] and edit_distance(ba, bb, 1) <= 1) \
                and _COMPASS.findall(gold.lower()) == _COMPASS.findall(p.admin1.lower()):
            return True  # (and a transliteration: "Adamawa" and "Adamaoua", "Ninewa" and "Ninawa", "Taiz" and "Ta'izz";
            # not "Nord-Est" and "Nord-Ouest")
        for e in self.gaz.lookup(gold):
            if e.kind == "admin1" and e.iso == p.iso and (e.admin1_iso and e.admin1_iso == p.admin1_iso or norm_place(e.admin1) == norm_place(p.admin1)):
                return True
        # a division of the current scheme that the gazetteer's older one lacks: Nepal's provinces by district, France's
        # regions of 2016, Côte d'Ivoire's districts of 2011 (``admin1_crosswalk.tsv``)
        cw = _admin1_crosswalk()
        keys = [(p.iso, "admin1", b)] + [(p.iso, "admin2", norm_place(n)) for n in (p.admin2, p.name) if n]
        if any(a in cw.get(k, ()) for k in keys):
            return True
        # a province named after its capital, by the city's name: "Giza" (Al Jizah), "Algiers" (Alger), "Sirte" (Surt)
        if any(e.kind == "place" and e.iso == p.iso and e.population >= 50_000 and e.admin1
               and norm_place(e.admin1) == norm_place(p.admin1) and e.name[:1].lower() == gold[:1].lower()
               for e in self.gaz.lookup(gold)):
            return True
        # ACLED's first level in Uganda is the district, the gazetteer's second ("Wakiso District")
        return p.iso in _DISTRICT_FIRST and bool(p.admin2) and norm_place(_DISTRICT_WORD.sub("", p.admin2)) == a

    def _same_location(self, gold: str, ev: Event) -> bool:
        p = ev.place
        if p is None:
            return False
        g = norm_place(gold)
        if not g:
            return False
        names = [n for n in (p.name, p.admin2) if n]
        normed = {norm_place(n) for n in names}
        if g in normed:
            return True
        if p.span is not None and norm_place(p.span.text) == g and p.name and p.admin1 \
                and norm_place(p.name) == norm_place(p.admin1) \
                and not any(e.kind == "place" and e.iso == p.iso for e in self.gaz.lookup(p.span.text)):
            # a province the text names as the place, by the text's spelling ("Primorskii Krai"; not "Gaza", a city
            # too, read as the Strip)
            return True
        if "," in gold and norm_place(gold.split(",")[0]) in normed:
            return True  # "Washington, D.C.", "Paris, France": the place before its qualifier
        # the same place written another way: another transliteration ("Hawija" for Hawijah), or another of the
        # names the gazetteer gives the very place the reader resolved ("Donostia" for San Sebastián)
        if any(same_spelling(gold, n) for n in names):
            return True
        bare = re.sub(r"\s+(?:district|province|region|county|municipality|township|town|city|village)$", "", gold.strip(),
                      flags=re.I)
        for e in (e for k in ((gold,) if bare == gold.strip() else (gold, bare)) for e in self.gaz.lookup(k)):
            if p.geonameid is not None and e.geonameid == p.geonameid:
                return True
            if p.geonameid is None and e.geonameid is None and e.name == p.name and e.iso == p.iso \
                    and e.admin1 == p.admin1:
                return True  # a curated place the gazetteer knows by the gold's name too ("Maywand" for Maiwand)
        return False

    def _perp_named(self, ev: Event | None, non_state: bool = False) -> str | None:
        """The event's perpetrator as a scheme's perpetrator name, None when it names nobody. ``non_state``: the
        terrorism databases (RAND, GTD) code the sub-national attacker of an incident and have no value for
        state or foreign forces; an event whose actor is the state has no perpetrator in them."""
        if ev is None or ev.perpetrator is None:
            return None
        return self._named(ev.perpetrator, ev if non_state else None)

    def terrorism_perpetrator(self, ev: Event | None, ds: str) -> str | None:
        """The event's perpetrator as the terrorism database ``ds`` (RAND, GTD) codes it, None for none."""
        named = self._perp_named(ev, non_state=True)
        if named and ds in _NAMED_GROUPS_ONLY and (e := self.actors.lookup(named)) is not None \
                and e.category == "descriptive":
            return None  # RAND's perpetrator is a named group or "Other": "separatists" name none (GTD codes them)
        return named

    def _named(self, a: Actor, terrorism_event: Event | None = None) -> str | None:
        """An actor's name as a scheme's actor, None for a generic or unidentified one (and, given the event a
        terrorism database codes, for state and foreign forces)."""
        entry = self.actors.lookup(a.canonical or a.text) if (a.canonical or a.text) else None
        ev = terrorism_event
        held = ev is not None and ev.sub_event_type == "Arrests" and a.actor_type in (1, 8) and ev.target is not None \
            and ev.target.actor_type in (2, 3, 4)  # "Police arrested a suspected member of the ASG": the ASG's act
        if entry is not None and entry.generic and not held and not (
                ev is not None and a.actor_type in (1, 8) and ev.target is not None and ev.evidence
                and ev.target.span.start < ev.evidence[0].start):
            return None  # (not so the generic "authorities" who thwarted the group named before: "The EPL attempted an
            # attack but was thwarted by authorities" codes the EPL, below)
        if ev is not None and (a.actor_type in (1, 8) or entry is not None and entry.actor_type in (1, 8)):
            t = ev.target
            if ev.sub_event_type not in ("Disrupted weapons use", "Arrests") or t is None or t.actor_type not in (2, 3, 4):
                return None  # state forces, foreign and international forces
            a = t  # the group whose bomb the state defused, or whose members it arrested, is the terrorism databases'
            # perpetrator
        return None if unidentified(a.canonical) else a.canonical

    def _actor1(self, ev: Event | None, text: str = "") -> str | None:
        """ACLED's actor 1: protesters or rioters in their events; else the perpetrator; in a battle, of the two sides
        the one ``text`` tells started the fighting, else the one it names first ("Military Forces of Burkina Faso
        clashed with JNIM" codes the army first, whichever side khabar calls the attacker)."""
        if ev is not None and ev.event_type in ("Protests", "Riots"):
            # ACLED's actor 1 of a protest is its protesters, of a riot its rioters, whoever intervenes (the police
            # are actor 2) and whatever party they support (an associate actor)
            return "Protesters" if ev.event_type == "Protests" else "Rioters"
        if ev is None:
            return None
        side = _STATE_SIDE.get(ev.sub_event_type)
        if ev.sub_event_type == "Disrupted weapons use" and _POLICE.search(text):
            side = "Police"  # "a police bomb disposal team safely detonated an IED planted by suspected militants"
        if side and ev.place is not None and ev.place.country and (
                ev.perpetrator is None or ev.perpetrator.actor_type not in (1, 8)):
            return _ACLED_STATE_FORCES[side].format(ev.place.country)
        if ev.perpetrator is None:
            # a bomb, a mine or an attack on civilians by nobody the text names: ACLED's actor for an unknown
            # attacker (not for air strikes and shelling, which only states and armies mount)
            return _UNKNOWN_ATTACKER if ev.event_type in ("Explosions/Remote violence", "Violence against civilians") \
                and ev.sub_event_type not in _STATE_WEAPONS else None
        actor = ev.perpetrator
        two_sides = ev.event_type == "Battles" and ev.target is not None and ev.target.actor_type in (1, 2, 3, 4, 8)
        if ev.sub_event_type == "Non-violent transfer of territory" and ev.target is not None \
                and ev.target.actor_type in (1, 2, 3, 4, 8) and any(_HANDED.search(t.text) for t in ev.evidence):
            actor = ev.target  # "French troops handed over their last base to the Malian army": who gains it
        elif two_sides and ev.target.span.start < actor.span.start \
                and not (ev.target.canonical == _UNKNOWN_ATTACKER and actor.canonical != _UNKNOWN_ATTACKER) \
                and not any(ev.target.span.start < t.start < actor.span.start and not _CLASH_TRIGGER.search(t.text)
                            for t in ev.evidence[:1]):
            # (nor "a military column was ambushed near Kani by PDF units": the attacker, named after the act)
            # (not "Gunmen of the Jalisco New Generation Cartel fought ...": the named group is the first side)
            actor = ev.target
        if two_sides:
            other = ev.target if actor is ev.perpetrator else ev.perpetrator
            if _told_initiating(other, text) and not _told_initiating(actor, text):
                actor = other  # "clashes broke out between SAF and RSF after RSF fighters attacked an army position"
        name = self._named(actor) or _state_forces_of(actor, ev.place, ev.sub_event_type) or actor.canonical
        if name and name.startswith("Government of ") and (ev.event_type in ("Battles", "Explosions/Remote violence")
                                                           or ev.sub_event_type == "Non-violent transfer of territory"):
            name = "Military Forces of " + name[len("Government of "):]  # a regime's bombs are its forces'
        if name == "Taliban" and ev.place is not None and ev.place.iso == "AF" and (ev.date.value or "") >= "2021-08-15":
            name = "Military Forces of Afghanistan"  # ACLED codes the Taliban as the state from the takeover of 15 August 2021
        if name == _ISLAMIC_STATE and ev.place is not None and ev.place.iso in _IS_BRANCH:
            return _IS_BRANCH[ev.place.iso]  # ACLED names the Islamic State by its branch, where it acts
        return _ACLED_NAMES.get(name, name)

    # -- scoring ------------------------------------------------------------------------------------
    def score(self, rec: GoldRecord, keep_row: bool = False) -> dict | None:
        """Score one record; with ``keep_row``, return what was scored on it: each field's gold value, khabar's
        value and whether they agree, with khabar's reading of the primary event."""
        ds = rec.dataset
        self.counts[ds] += 1
        self.row = {"id": rec.id, "dataset": ds, "fields": {}} if keep_row else None
        published = rec.published if rec.published and not rec.published.endswith("-00") else None
        try:
            doc = self.reader.read(rec.text, published=published, detect_headline=False, check_language=False,
                                   source=rec.id)
        except KhabarError:
            self.failed[ds] += 1
            doc = Document(text=rec.text)
            if self.row is not None:
                self.row["failed"] = True
        g = rec.gold
        ev = primary_event(doc)
        if ds == "gtd" and g.get("attack_type") is not None:
            self._add_single(ds, "event.gtd_attack_type", g["attack_type"], schemes.gtd_attack_type(ev, doc))
        if ds == "rand" and g.get("weapon") is not None:
            self._add_single(ds, "event.rand_weapon", g["weapon"], schemes.rand_weapon(ev, doc))
        if "satp_labels" in g:
            self._add_multi(ds, "event.satp", g["satp_labels"], sorted(schemes.satp_labels(doc, learned=self.reader.learned)))
        if "ipe_labels" in g:
            self._add_multi(ds, "event.ipe", g["ipe_labels"], sorted(schemes.ipe_labels(doc)))
        gold_t = g.get("acled_event_type", g.get("event_type"))
        if gold_t:
            self._add_single(ds, "event.acled_event_type", gold_t, ev.event_type if ev else None)
        if g.get("sub_event_type"):
            self._add_single(ds, "event.acled_sub_event_type", g["sub_event_type"], ev.sub_event_type if ev else None)
        if g.get("case2021"):
            gold_c = g["case2021"]
            self._add_single(ds, "event.case2021",
                             schemes.CASE2021_NO_EVENT if gold_c in schemes.CASE2021_NON_VIOLENCE else gold_c,
                             schemes.case2021(ev, doc))
        if g.get("category"):
            self._add_single(ds, "event.wiki_category", g["category"], schemes.wiki_category(ev))
        for kind, key in (("killed", "fatalities"), ("injured", "injured")):
            if g.get(key) is not None:
                pred = toll(ev, kind, "acled" if "sub_event_type" in g or "acled_event_type" in g else None)
                gold_v = int(g[key])
                p = pred or 0
                self.rates[ds][f"{key}.missing"].append(pred is None)
                self.rates[ds][f"{key}.within10"].append(abs(p - gold_v) <= 0.1 * gold_v if gold_v else p == 0)
                self._add_rate(ds, f"{key}.exact", p == gold_v, gold_v, pred)
        if "perpetrator" in g:
            named = self.terrorism_perpetrator(ev, ds)
            if g["perpetrator"] and g["perpetrator"].strip().lower() not in _UNNAMED_GOLD:
                self._add_rate(ds, "perpetrator.accuracy", bool(named) and self.actors.same_actor(named, g["perpetrator"]),
                               g["perpetrator"], named)
            else:
                self._add_rate(ds, "perpetrator.invented", bool(named), g["perpetrator"], named, ok=not named)
        if g.get("actor1"):
            named = self._actor1(ev, doc.text)
            self._add_rate(ds, "actor1.accuracy", bool(named) and self.actors.same_actor(named, g["actor1"]), g["actor1"], named)
        place = ev.place if ev else None
        if g.get("country"):
            pred_iso = place.iso if place else None
            self._add_rate(ds, "country.accuracy", pred_iso is not None and pred_iso == self._country_iso(g["country"]),
                           g["country"], pred_iso)
        if g.get("admin1"):
            self._add_rate(ds, "admin1.accuracy", ev is not None and self._same_admin1(g["admin1"], ev, ds), g["admin1"],
                           place.admin1 if place else None)
        if g.get("location"):
            self._add_rate(ds, "location.accuracy", ev is not None and self._same_location(g["location"], ev),
                           g["location"], place.name if place else None)
        if g.get("date") and ds != "rand":
            pred_date = (ev.date.value if ev and ev.date.precision == 1 else None) or (rec.published if ev else None)
            self._add_rate(ds, "date.exact", pred_date == g["date"], g["date"], pred_date)
        if "muc_incidents" in g:
            self._score_muc(doc, g["muc_incidents"])
        row, self.row = self.row, None
        if row is not None:
            row["event"] = _reading(ev, doc)
        return row

    def _score_muc(self, doc: Document, incidents: list[dict]) -> None:
        muc_type = {"Explosions/Remote violence": "BOMBING", "Abduction/forced disappearance": "KIDNAPPING"}
        events = list(doc.events)
        if not incidents:
            self._add_rate("muc4", "muc.no_event_correct", not events, 0, len(events))
            return
        def kind(ev: Event) -> str:
            return muc_type.get(ev.event_type) or muc_type.get(ev.sub_event_type) or (
                "ARSON" if ev.mode == "arson" else "ATTACK")

        for inc, ev in zip(incidents, self._muc_mapping(events, incidents, kind), strict=True):
            pred = kind(ev) if ev is not None else None
            self._add_single("muc4", "event.muc_incident_type", inc["type"].split()[0] if inc["type"] else "*", pred)
            if inc.get("perpetrator"):
                named = self._perp_named(ev)  # MUC-4 templates code state perpetrators too ("ARMED FORCES")
                names = inc.get("perpetrator_names") or [inc["perpetrator"]]  # any filler or synonym of the slot
                self._add_rate("muc4", "perpetrator.accuracy",
                               bool(named) and any(self.actors.same_actor(named, n) for n in names), inc["perpetrator"], named)
            if inc.get("deaths") is not None:
                p = toll(ev, "killed") or 0
                self._add_rate("muc4", "fatalities.exact", p == inc["deaths"], inc["deaths"], p)

    def _muc_mapping(self, events: list[Event], incidents: list[dict], kind: Callable[[Event], str]) -> list[Event | None]:
        """Each MUC-4 template's event, as the MUC scorer maps response templates to key templates: the pairs that
        agree on most slots (type, place, perpetrator, deaths) first, one event per template; a template left without
        one (khabar told two of MUC's incidents as one event) takes the event that agrees with it best."""
        if not events:
            return [None] * len(incidents)

        def agree(inc: dict, ev: Event) -> float:
            score = 2.0 * (kind(ev) == (inc["type"].split()[0] if inc["type"] else ""))
            p = ev.place
            if p is not None and inc.get("places"):
                mine = {norm_place(n) for n in (p.name, p.admin2, p.admin1) if n}
                score += 1.0 * any(norm_place(n) in mine for n in inc["places"])
            named = self._perp_named(ev) if inc.get("perpetrator") else None
            if named:
                score += 1.0 * any(self.actors.same_actor(named, n) for n in inc.get("perpetrator_names") or [inc["perpetrator"]])
            if inc.get("deaths") is not None:
                score += 1.0 * ((toll(ev, "killed") or 0) == inc["deaths"])
            return score

        scores = sorted(((agree(inc, ev), -abs(i - j), i, j) for i, inc in enumerate(incidents)
                         for j, ev in enumerate(events)), reverse=True)
        out: list[Event | None] = [None] * len(incidents)
        used: set[int] = set()
        for _, _, i, j in scores:
            if out[i] is None and j not in used:
                out[i], used = events[j], used | {j}
        for _, _, i, j in scores:  # (sorted best first: the first pair of a template left without an event is its best)
            if out[i] is None:
                out[i] = events[j]
        return out

    def results(self) -> dict:
        out: dict = {}
        for ds in sorted(self.counts):
            metrics: dict[str, dict] = {}
            for name, (gold, pred) in self.single.get(ds, {}).items():
                if not gold:
                    continue
                metrics[f"{name}.accuracy"] = {"value": round(accuracy(gold, pred), 4), "n": len(gold)}
                metrics[f"{name}.f1_weighted"] = {"value": round(f1_weighted(gold, pred), 4), "n": len(gold)}
                metrics[f"{name}.f1_macro"] = {"value": round(f1_macro(gold, pred), 4), "n": len(gold)}
            for name, (gold, pred) in self.multi.get(ds, {}).items():
                if not gold:
                    continue
                labels = sorted({label for ls in gold for label in ls})
                f1 = multilabel_f1(gold, pred, labels)
                if name == "event.ipe":
                    for label in labels:
                        metrics[f"event.ipe.{label}.f1"] = {"value": round(f1[label], 4),
                                                            "n": sum(label in ls for ls in gold)}
                    metrics["event.ipe.f1_macro"] = {"value": round(f1["macro"], 4), "n": len(gold)}
                else:
                    metrics[f"{name}.f1_micro"] = {"value": round(f1["micro"], 4), "n": len(gold)}
                    metrics[f"{name}.f1_macro"] = {"value": round(f1["macro"], 4), "n": len(gold)}
            for name, vals in self.rates.get(ds, {}).items():
                if vals:
                    metrics[name] = {"value": round(sum(vals) / len(vals), 4), "n": len(vals)}
            out[ds] = {"n": self.counts[ds], "failed": self.failed.get(ds, 0), "metrics": dict(sorted(metrics.items()))}
        return out


def evaluate(records: Iterable[GoldRecord], reader: Reader | None = None,
             progress: Callable[[GoldRecord], None] | None = None,
             on_row: Callable[[dict], None] | None = None) -> dict:
    """Score every record; ``on_row`` receives each record's row (``Scorer.score``) as it is scored."""
    reader = reader or Reader()
    scorer = Scorer(reader)
    t0 = time.perf_counter()
    n = 0
    for rec in records:
        row = scorer.score(rec, keep_row=on_row is not None)
        if on_row is not None and row is not None:
            on_row(row)
        n += 1
        if progress:
            progress(rec)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    return {"datasets": scorer.results(),
            "speed": {"records": n, "records_per_s": round(n / elapsed, 1) if elapsed else None, "peak_rss_mb": round(peak)}}
