"""The actor dictionary: named armed groups with aliases and abbreviations, state forces by
country, generic actors ("gunmen", "protesters"), each with its ACLED actor type.

Tables: ``khabar/data/actors.tsv`` and ``khabar/data/demonyms.tsv``.  Matching works on word
tokens: every alias becomes a token tuple; a text is scanned once, trying the longest alias
at each word.  Abbreviations (all capitals, or short mixed case such as "LeT") match only as
written; other names match in any case.  A demonym followed by a force noun ("Nigerian
troops", "Israeli police") becomes that country's state forces without listing every pair.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from khabar.resolve.gazetteer import edit_distance
from khabar.resources import read_table

GENERIC = frozenset({"Unidentified Armed Group", "Security forces", "Police", "Government", "Protesters", "Rioters",
                     "Civilians"})


def unidentified(canonical: str | None) -> bool:
    """No name at all for the actor: "Unidentified Armed Group", "Unknown", or none."""
    return canonical is None or canonical.lower().startswith(("unidentified", "unknown"))


def descriptive_names() -> frozenset[str]:
    """Actors named by what they are, not by an organisation's name ("Separatists", "Muslim extremists"): the
    categories GTD codes when a text names no group. A named organisation goes before them."""
    return ActorDictionary.load().descriptive
# (an apostrophe inside a transliterated word joins it, and is dropped from the key: "Jama'at" is "Jamaat"; not a
# possessive's "'s")
_TOKEN = re.compile(r"[\w&]+(?:(?<![\W_][lLdDjJ])(?<![\W_][aAeE][lL])(?<!^[lLdDjJ])(?<!^[aAeE][lL])['’](?![sS]\b)[\w&]+)*")


def _name_tokens(name: str) -> tuple[str, ...]:
    """A name's word tokens as the dictionary keys them: accents stripped, apostrophes inside words dropped."""
    return tuple(t.replace("'", "") for t in _TOKEN.findall(_strip_accents(name).replace("’", "'")))


# groups' abbreviations that are also words or units: in a text written all in capitals ("SO FAR", "THE PLAN",
# "15 KM"), they are the word, not the group
_WORD_ABBREVIATIONS = frozenset({"FACT", "PLAN", "MODEL", "RAM", "FAN", "FAR", "ELF", "CAM", "TIP", "GAL", "MIRA", "AMIN",
                                 "KM", "I", "K", "FC", "SOG", "BRA", "ALF", "RAB", "HOS", "ARA", "MIT", "NAS", "FAI",
                                 "LIDD", "SIMI", "TAK", "ANA", "ETA"})
_AFTER_A_NUMBER = re.compile(r"\d\s*$")


def _in_capitals(text: str, start: int, stop: int) -> bool:
    """Is the stretch written all in capitals (old wire copy, a shouted headline)?"""
    letters = [c for c in text[start:min(stop, start + 2000)] if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_FORCE_NOUNS: dict[tuple[str, ...], str] = {}
for _words, _kind in [
    ("army|military|troops|soldiers|soldier|forces|security forces|armed forces|paratroopers|marines|navy|air force|"
     "jets|warplanes|aircraft|fighter jets|drones|drone|helicopters|artillery|commandos|special forces|border guards|"
     "border police|border troops|border forces|soldiers and police|defence forces|defense forces|security personnel|gunships|tanks|"
     # "a Turkish drone strike", "US airstrikes": the weapon of a state's forces names them
     "airstrike|airstrikes|air strike|air strikes|air raid|air raids|warplane|jet|gunship|helicopter|drone strike|"
     "drone strikes|missile|missiles|shelling|warship|warships|military troops|army troops|air defences|air defenses|"
     "air defence|air defense|navy|coast guard|security services|intelligence services|"
     # "a Russian attack drone", "Ukrainian rocket artillery": the weapon's kind between
     "attack drone|attack drones|kamikaze drone|kamikaze drones|combat drone|combat drones|rocket artillery|"
     "cruise missile|cruise missiles|ballistic missile|ballistic missiles|"
     # "Ukrainian long-range drones" (the hyphen splits the word)
     "long range drone|long range drones|long range missiles|suicide drones|strike drones|unmanned aerial vehicles",
     "Military Forces of"),
    ("police|policemen|policeman|police officers|police officer|police force|riot police|cops|gendarmes|gendarmerie",
     "Police Forces of"),
    ("government|authorities|officials|ministry|junta|regime|administration", "Government of"),
]:
    for _w in _words.split("|"):
        _FORCE_NOUNS[tuple(_w.split())] = _kind
_WEAPON_WORDS = frozenset("jets warplanes aircraft drones drone helicopters gunships tanks warplane jet gunship helicopter "
                          "missile missiles warship warships".split())
_MAX_FORCE = max(len(k) for k in _FORCE_NOUNS)
_MODEL_SUFFIXES = frozenset("type class made built style series designed".split())  # "a Shahed-type drone"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    canonical: str
    actor_type: int
    country: str | None
    category: str
    aliases: tuple[str, ...]

    @property
    def generic(self) -> bool:
        """A generic actor ("gunmen", "police") rather than a named organisation."""
        return self.canonical in GENERIC


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    text: str
    entry: ActorEntry


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s  # most words: nothing to strip
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Lower case, no accents or punctuation, no leading "the": the form names are compared in."""
    s = _strip_accents(name).replace("’", "'").lower()
    s = re.sub(r"(?<=\w)'(?!s\b)(?=\w)", "", s)  # "Jama'at" = "Jamaat" (not a possessive's "'s")
    s = re.sub(r"[^\w&]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def _loose(normalised: str) -> str:
    """A normalised name without possessives, with one spelling and its words in the singular ("People's Guerilla
    Army" = "People Guerrilla Army", "Overthrown Anarchists Faction" = "Overthrown Anarchist Faction")."""
    one = _SPELLING.sub(lambda m: _SPELLINGS[m.group(0)], re.sub(r"(?<=\w) s\b", "", normalised))
    one = re.sub(r"\b(\w{3,}[^\Ws])s\b", r"\1", one)
    # ... and without its little words ("Justice Commandos for the Armenian Genocide", "Secret Organization of Zero")
    return re.sub(r"\s+", " ", re.sub(r"\b(?:the|of|for|in|and)\b", " ", one)).strip()


# one spelling for words that names are written in several ways ("Guerilla Army", "Defense League")
_SPELLINGS = {"guerilla": "guerrilla", "guerillas": "guerrillas", "defense": "defence", "organization": "organisation",
              "organizations": "organisations", "mujahidin": "mujahideen", "mujahedeen": "mujahideen",
              "mujahedin": "mujahideen"}
# a country whose groups' names a text about another may use: the Palestinian groups of a text about Israel
_ENTWINED = {"IL": ("PS",), "UG": ("CD",), "RW": ("CD",)}  # (and the ADF, DRC rebels of Ugandan origin)
# a name several groups share, read in a text about a country none of them is from: "Islamic Jihad" claiming
# attacks in France, Egypt, Denmark or Argentina (1980s-1990s) is Hizballah's Islamic Jihad Organization
_ABROAD = {"islamic jihad": "Hizballah"}
# the other spelling of a word in a name, so "Ulster Defense Association" finds "Ulster Defence Association"
_OTHER_SPELLING = {"defence": "defense", "defense": "defence", "organisation": "organization", "organization": "organisation",
                   "guerrilla": "guerilla", "guerilla": "guerrilla", "guerrillas": "guerillas", "guerillas": "guerrillas",
                   "mujahideen": "mujahidin", "mujahidin": "mujahideen"}
_SPELLING = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return True
    upper = sum(c.isupper() for c in letters)
    return upper == len(letters) or (len(alias) <= 5 and upper >= 2)


class ActorDictionary:
    """Aliases → entries, with a one-pass scanner over word tokens."""

    def __init__(self, entries: list[ActorEntry], demonyms: dict[str, tuple[str, str]]) -> None:
        self.entries = entries
        self.demonyms = demonyms  # "Pakistani" -> ("PK", "Pakistan")
        self._ci: dict[tuple[str, ...], ActorEntry] = {}
        self._cs: dict[tuple[str, ...], ActorEntry] = {}
        self._caps_first: set[tuple[str, ...]] = set()  # names whose first word is an abbreviation, written in capitals
        # a name several groups share ("Maoists" in India and in Nepal): the others, by country
        self._shared: dict[tuple[str, ...], list[ActorEntry]] = {}
        self._by_canonical: dict[str, ActorEntry] = {}
        self._by_country: dict[tuple[str, str], ActorEntry] = {}
        # generic entries first: a name a generic actor bears ("government forces", "paramilitaries") stays generic
        # though a country's entry also lists it with its country ("government forces (Yemen)")
        for e in sorted(entries, key=lambda e: not e.generic):
            self._by_canonical[normalise_name(e.canonical)] = e
            names = dict.fromkeys((e.canonical, *e.aliases))
            for alias in (e.canonical, *e.aliases):  # "X (ABC)" is also "X", and "ABC" when it is an abbreviation
                if "(" in alias:
                    names.setdefault(re.sub(r"\s*\([^)]*\)?", " ", alias).strip())
                    for inner in re.findall(r"\(([^)]*)\)", alias):
                        if inner.strip() and _is_abbreviation(inner.strip()) and " " not in inner.strip():
                            names.setdefault(inner.strip())
            for alias in names:
                toks = _name_tokens(alias)
                if not toks:
                    continue
                if _is_abbreviation(alias) and len(toks) == 1:
                    self._share(self._cs, toks, e)
                    self._cs.setdefault(toks, e)
                else:
                    key = tuple(t.lower() for t in toks)
                    self._share(self._ci, key, e)
                    self._ci.setdefault(key, e)
                    if _is_abbreviation(toks[0]):  # "IS militants", "IS-affiliated": not "is affiliated"
                        self._caps_first.add(key)
                    other = tuple(_OTHER_SPELLING.get(t, t) for t in key)  # "Ulster Defense Association"
                    if other != key:
                        self._ci.setdefault(other, e)
            if e.country and e.canonical.startswith(("Military Forces of", "Police Forces of", "Government of")):
                self._by_country.setdefault((e.canonical.split(" of")[0], e.country), e)
        self._shared_names = {e.canonical for v in self._shared.values() for e in v}
        self.descriptive = frozenset(e.canonical for e in entries if e.category == "descriptive")
        self.countries = frozenset(country for _iso, country in demonyms.values())
        self.country_words = frozenset(demonyms) | self.countries
        self._country_names = {c: (iso, c) for iso, c in demonyms.values() if " " not in c}
        self._country_by_name = {c.lower(): (iso, c) for iso, c in demonyms.values()}
        self._max = max(len(k) for k in list(self._ci) + list(self._cs))
        # the longest alias starting with each word: most words start none, and are skipped at once
        self._longest: dict[str, int] = {}
        for k in self._ci:
            self._longest[k[0]] = max(self._longest.get(k[0], 0), len(k))

    def _share(self, table: dict[tuple[str, ...], ActorEntry], key: tuple[str, ...], e: ActorEntry) -> None:
        first = table.get(key)
        if first is not None and first.canonical != e.canonical and e.country:
            self._shared.setdefault(key, [first]).append(e)

    def _in_country(self, key: tuple[str, ...], e: ActorEntry, country: str | None) -> ActorEntry:
        """Of the groups that share a name, the one of the text's country."""
        if country is None or e.country == country:
            return e
        return next((o for c in (country, *_ENTWINED.get(country, ())) for o in self._shared.get(key, ()) if o.country == c),
                    None) or self._abroad(key) or e

    def _abroad(self, key: tuple[str, ...]) -> ActorEntry | None:
        """The group a shared name denotes in a text about a country none of its bearers is from."""
        name = _ABROAD.get(" ".join(key))
        return next((o for o in self._shared.get(key, ()) if o.canonical == name), None) if name else None

    def _sharing(self, name: str) -> frozenset[str]:
        """The groups that bear ``name`` (its abbreviation in brackets aside) when several do and it names no country."""
        if "(" in re.sub(r"\s*\([A-Z][\w-]{0,9}\)", "", name):
            return frozenset()  # "X (ERP) (Argentina)": a country's own group
        base = re.sub(r"\s*\([^)]*\)?", " ", name).strip()
        toks = tuple(t.lower() for t in _name_tokens(base))
        return frozenset(e.canonical for e in self._shared.get(toks, ()))

    def needs_country(self, matches: list[ActorMatch]) -> bool:
        """Does a match carry a name that several groups share?"""
        return any(m.entry.canonical in self._shared_names for m in matches)

    def country_words_in(self, text: str) -> list[str]:
        """The countries of the country names and demonyms in ``text``, one per mention, in text order."""
        isos = []
        for w in _CAPITALISED.findall(text):
            hit = self.demonyms.get(w) or self._country_names.get(w)
            if hit is not None:
                isos.append(hit[0])
        return isos

    def in_country(self, matches: list[ActorMatch], country: str | None) -> list[ActorMatch]:
        """The matches, each name that several groups share read as the group of ``country`` (ISO code), the
        country the text is about: "Maoists" in Nepal, "Islamic Jihad" in Lebanon, "the FLNC" in Miami."""
        if country is None or not self._shared:
            return matches
        out = []
        for m in matches:
            if m.entry.country not in (None, country) and not m.entry.generic:
                for part in (m.text, re.sub(r"\s*\([^)]*\)", "", m.text), *re.findall(r"\(([^)]*)\)", m.text),
                             _MEMBERS_AFTER.sub("", m.text)):  # "ADF militants": the name is "ADF"
                    toks = _name_tokens(part)
                    alt = next((a for key in (tuple(t.lower() for t in toks), toks) if key in self._shared
                                and (a := self._in_country(key, m.entry, country)) is not m.entry), None)
                    if alt is not None:
                        m = ActorMatch(m.start, m.end, m.text, alt)
                        break
            out.append(m)
        return out

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> ActorDictionary:
        entries: list[ActorEntry] = []
        for line in read_table("actors.tsv"):
            canonical, typ, country, category, aliases = (line + ["", "", "", ""])[:5]
            entries.append(ActorEntry(canonical, int(typ), country or None, category,
                                      tuple(a for a in aliases.split("|") if a)))
        demonyms = {}
        for line in read_table("demonyms.tsv"):
            demonyms[line[0]] = (line[1], line[2])
        return cls(entries, demonyms)

    # -- composition ------------------------------------------------------------------------------
    def _state_entry(self, kind: str, iso: str, country: str) -> ActorEntry:
        found = self._by_country.get((kind, iso))
        if found is not None:
            return found
        return _composed(kind, iso, country)

    # -- scanning ---------------------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None, country: str | None = None) -> list[ActorMatch]:
        """Known actors in ``text[start:end]``: longest match first, non-overlapping, in text order.
        ``country`` (ISO code), the country the text is about, decides between groups that share a name."""
        stop = len(text) if end is None else end
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, stop)]
        lows = [_strip_accents(t[2]).lower().replace("'", "").replace("’", "") for t in toks]
        capitals = _in_capitals(text, start, stop)
        out: list[ActorMatch] = []
        i = 0
        n = len(toks)
        while i < n:
            best: tuple[int, ActorEntry] | None = None
            for length in range(min(self._longest.get(lows[i], 1), n - i), 0, -1):
                key = tuple(lows[i:i + length])
                e = self._ci.get(key)
                if e is not None and key in self._caps_first and any(c.isalpha() for c in toks[i][2]) \
                        and not toks[i][2].isupper():
                    e = None
                if e is None and length == 1:
                    key = (toks[i][2],)
                    e = self._cs.get(key)
                    if e is not None and re.match(r"-?\d", text[toks[i][1]:toks[i][1] + 2]):
                        e = None  # "an MK-11 grenade", "an RPG-7": a weapon's model, not the MK
                    elif e is not None and toks[i][2] in _WORD_ABBREVIATIONS and (
                            capitals or _AFTER_A_NUMBER.search(text, max(0, toks[i][0] - 3), toks[i][0])):
                        e = None  # "SO FAR", "15 km": the word or the unit
                if e is not None and country is not None and key in self._shared:
                    e = self._in_country(key, e, country)
                if e is not None and (length == 1 or _adjacent(text, toks, i, length)):
                    best = (length, e)
                    break
            dem = self.demonyms.get(toks[i][2])
            if dem is not None:
                for length in range(min(_MAX_FORCE, n - i - 1), 0, -1):
                    kind = _FORCE_NOUNS.get(tuple(lows[i + 1:i + 1 + length]))
                    if kind and _adjacent(text, toks, i, length + 1):
                        if best is None or length + 1 >= best[0]:
                            best = (length + 1, self._state_entry(kind, dem[0], dem[1]))
                        break
                for skip in (1, 2):
                    # "a Russian Iskander missile", "Israeli F-16 jets": a weapon's model between the state and the weapon
                    if best is not None or i + skip + 1 >= n or not all(
                            toks[k][2][:1].isupper() or toks[k][2].isdigit()
                            or (toks[k][2].lower() in _MODEL_SUFFIXES and text[toks[k][0] - 1] == "-")  # "Shahed-type"
                            for k in range(i + 1, i + 1 + skip)):
                        break
                    for length in range(min(_MAX_FORCE, n - i - 1 - skip), 0, -1):
                        words = tuple(lows[i + 1 + skip:i + 1 + skip + length])
                        if _FORCE_NOUNS.get(words) == "Military Forces of" and words[-1] in _WEAPON_WORDS \
                                and _adjacent(text, toks, i, length + 1 + skip):
                            best = (length + 1 + skip, self._state_entry("Military Forces of", dem[0], dem[1]))
                            break
                if best is None and i + 3 < n and lows[i + 1] == "and" and self.demonyms.get(toks[i + 2][2]) is not None:
                    # "Mozambican and Rwandan forces": the first country's forces too
                    kind = next((k for length in range(min(_MAX_FORCE, n - i - 3), 0, -1)
                                 if (k := _FORCE_NOUNS.get(tuple(lows[i + 3:i + 3 + length])))), None)
                    if kind is not None:
                        best = (1, self._state_entry(kind, dem[0], dem[1]))
            if best is None:
                i += 1
                continue
            length, e = best
            s, en = toks[i][0], toks[i + length - 1][1]
            out.append(ActorMatch(s, en, text[s:en], e))
            i += length
        out = self._branch_in_brackets(text, out)
        out = self._forces_of_country(text, out, start, stop)
        out = _merge_bracketed(text, out, country)
        out = _spelled_out_before(text, out)
        out = _merge_named_with_generic(text, out)
        unknown: set[int] = set()
        for u in unknown_organisations(text, start, stop, self.countries):
            inside = [k for k in out if k.start < u.end and u.start < k.end]
            name_end = u.start + len(u.entry.canonical.split(" (")[0])
            if u.entry.category == "named_by_cue":
                if any(not k.entry.generic and k.start <= u.start for k in inside):
                    continue  # a known group's own name ("claimed by the Red Brigades"), not one word of a longer name
            elif inside and len(inside) == 1 and inside[0].start == u.start and inside[0].end < u.end \
                    and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[inside[0].end:u.end]):
                pass  # "the People's Liberation Army of Kurdistan": another group than the "People's Liberation Army"
            elif inside and len(inside) == 1 and inside[0].end == name_end and u.start < inside[0].start \
                    and len(inside[0].text.split()) >= 3 and text[u.start:inside[0].start].split()[0].lower() not in _NOT_A_NAME \
                    and not re.search(r"\b(?:of|for)\b", text[u.start:inside[0].start]):
                pass  # "the Popular Army of National Liberation": another group than the "Army of National Liberation"
            elif inside and len(inside) == 1 and inside[0].entry.generic and inside[0].end == name_end \
                    and _POLITICAL_WORD.search(text, u.start, inside[0].start):
                pass  # "the Corsican Revolutionary Armed Forces": a group's name around a generic one, not the state's
            elif inside and not (len(u.entry.canonical.split(" (")[0].split()) >= 3 and all(
                    u.start <= k.start and k.end <= u.end and " " not in k.text
                    and (not k.text.isupper() or k.start >= name_end) for k in inside)):
                continue  # a known name wins, unless it is one word of a longer name ("Baloch Liberation Tigers")
            unknown.add(id(u))
            out = [k for k in out if k not in inside] + [u]
            out.sort(key=lambda m: m.start)
        out = _named_by_abbreviation(text, out, unknown)
        # "the ALN (National Liberation Alliance)": a name read by its shape, in brackets after a known group, is
        # that group's name spelled out, not another group
        out = [m for k, m in enumerate(out) if not (
            k and id(m) in unknown and not out[k - 1].entry.generic and out[k - 1].entry.actor_type in (2, 3, 4)
            and re.fullmatch(r"\s*\(\s*", text[out[k - 1].end:m.start]) and text[m.end:m.end + 1] == ")")]
        # "the National Civil Police (PNC)": the state body's abbreviation in brackets, not a party that shares it
        out = [m for k, m in enumerate(out) if not (
            k and out[k - 1].entry.actor_type == 1 and m.entry.actor_type != 1 and m.text.isupper()
            and re.fullmatch(r"\s*\(\s*", text[out[k - 1].end:m.start]) and text[m.end:m.end + 1] == ")")]
        return [m for m in _without_former_names(text, out) if not _disguise(text, m) and not _a_date(text, m)
                and not _STANCE_BEFORE.search(text, max(0, m.start - 5), m.start)
                and not (m.entry.generic and _INSTITUTION_AFTER.match(text, m.end) and m.text[:1].isupper())]

    def _forces_of_country(self, text: str, matches: list[ActorMatch], start: int, stop: int) -> list[ActorMatch]:
        """"the Government of the Philippines", "the Armed Forces of Ukraine", "Police Forces of India": a state's
        body named with its country after "of" (ACLED's own way of naming them) is that state's, not a generic one."""
        for m in _OF_COUNTRY.finditer(text, start, stop):
            words = m.group("country").split()
            n = next((k for k in range(len(words), 0, -1) if " ".join(words[:k]).lower() in self._country_by_name), 0)
            if not n:
                continue
            name = " ".join(words[:n])
            hit = self._country_by_name[name.lower()]
            kind = _OF_COUNTRY_KIND[m.group("body").lower()]
            s, e = m.start("body"), m.start("country") + len(name)
            if any(k.start < e and s < k.end and not (s <= k.start and k.end <= e and (k.entry.generic or k.entry.actor_type == 1))
                   for k in matches) or _CAPITALISED_BEFORE.search(text, max(0, s - 30), s):
                continue  # a longer name ("the Revolutionary Armed Forces of Colombia") is a group's, not the state's
            matches = [k for k in matches if k.end <= s or k.start >= e] + [
                ActorMatch(s, e, text[s:e], self._state_entry(kind, hit[0], hit[1]))]
            matches.sort(key=lambda k: k.start)
        for m in _COUNTRYS_BODY.finditer(text, start, stop):
            # "Sudan's transitional government", "Mali's army": the body the country owns
            hit = self._country_by_name.get(m.group("country").lower())
            if hit is None:
                continue
            s, e = m.start(), m.end()
            if any(k.start < e and s < k.end and not (k.entry.generic and k.entry.actor_type == 1) for k in matches):
                continue
            kind = _OF_COUNTRY_KIND.get(m.group("body").lower(), "Military Forces of")
            matches = [k for k in matches if k.end <= s or k.start >= e] + [
                ActorMatch(s, e, text[s:e], self._state_entry(kind, hit[0], hit[1]))]
            matches.sort(key=lambda k: k.start)
        return matches

    def _branch_in_brackets(self, text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
        """"Islamic State (West Africa) fighters", "an Islamic State (Khorasan) suicide bomber": a group's branch
        named as ACLED names it, the region in brackets, is the branch when the table knows it."""
        out = []
        for m in matches:
            br = _REGION_BRACKET.match(text, m.end)
            if br is not None and not m.entry.generic and m.entry.actor_type in (2, 3, 4):
                e = self.lookup(f"{m.text} {br.group(1)}")
                if e is not None and e is not m.entry and not e.generic and e.actor_type in (2, 3, 4):
                    m = ActorMatch(m.start, br.end(), text[m.start:br.end()], e)
            out.append(m)
        return out

    def lookup(self, name: str) -> ActorEntry | None:
        """An entry by canonical name or alias (case, accents, punctuation and "the" ignored)."""
        if not name:
            return None
        for cand in _variants(name):
            e = self._by_canonical.get(normalise_name(cand))
            if e is not None:
                return e
            toks = _name_tokens(cand)
            if not toks:
                continue
            e = self._ci.get(tuple(t.lower() for t in toks)) or (self._cs.get(toks) if len(toks) == 1 else None)
            if e is not None:
                return e
            if toks[0] in self.demonyms and len(toks) > 1:
                kind = _FORCE_NOUNS.get(tuple(t.lower() for t in toks[1:]))
                if kind:
                    iso, country = self.demonyms[toks[0]]
                    return self._state_entry(kind, iso, country)
        return None

    def same_actor(self, a: str, b: str) -> bool:
        """Do two names denote one actor? ("TTP" and "Tehrik-i-Taliban Pakistan (TTP)": yes; "Taliban" and TTP: no.)"""
        if not a or not b:
            return False
        na, nb = normalise_name(a), normalise_name(b)
        if na == nb:
            return True
        for x, other in ((a, b), (b, a)):  # ACLED writes "M23: March 23 Movement", "Boko Haram - Jamaatu Ahli ...":
            parts = _NAME_PARTS.split(x)  # either part names the actor
            if len(parts) > 1 and any(p.strip() and self.same_actor(p, other) for p in parts):
                return True
        ea, eb = self.lookup(a), self.lookup(b)
        if ea is not None and eb is not None:
            # a name several groups share, written with no country ("People's Revolutionary Army (ERP)"), is any of them
            return ea.canonical == eb.canonical or ea.canonical in self._sharing(b) or eb.canonical in self._sharing(a)
        va = {_loose(normalise_name(v)) for v in _variants(a)}
        vb = {_loose(normalise_name(v)) for v in _variants(b)}
        if va & vb or any(_one_slip(x, y) for x in va for y in vb):
            return True
        # truncated gold names ("Democratic Front for the Liberation of Palestine ("), against every name of the other
        short, long_ = sorted((na, nb), key=len)
        if len(short) >= 15 and long_.startswith(short):
            return True
        for e, n in ((ea, nb), (eb, na)):
            if e is not None and len(n) >= 30 and any(normalise_name(v).startswith(n) for v in e.aliases):
                return True
        return False


_MEMBERS_AFTER = re.compile(r"\s+(?:militants|fighters|rebels|gunmen|insurgents|members|guerrillas|cadres|jihadists|"
                            r"extremists|terrorists|troops|soldiers|forces|units)$", re.IGNORECASE)  # ("SNA troops" in Somalia: its army)
_NAME_PARTS = re.compile(r":\s+|\s+-\s+")


def _one_slip(a: str, b: str) -> bool:
    """Two names of the same words but one, written with a slip of a letter or two ("Jemaah"/"Jemmah", "Tupak"/
    "Tupac", "Organizaiton"): the same name. Words of four letters or fewer, and names of one word, must match."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 and edit_distance(*diff[0], 2) <= 2


_DISGUISE_BEFORE = re.compile(r"\b(?:dressed|disguised|posing|masquerading|passing themselves off|pretending to be)\s+as\s+"
                              r"(?:an?\s+|the\s+)?$", re.I)
_UNIFORM_AFTER = re.compile(r"['’]?s?\s+(?:uniforms?|fatigues|clothing|clothes|outfits?)\b", re.I)


def _disguise(text: str, m: ActorMatch) -> bool:
    """"guerrillas in police uniforms", "gunmen dressed as soldiers": the force is a disguise, not an actor."""
    return m.entry.generic and (_UNIFORM_AFTER.match(text, m.end) is not None
                                or _DISGUISE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)


# "the al-Qaeda-linked Tanzim ...", "Fatah-linked Al Aqsa Martyrs Brigades": the first name only qualifies the second
_LINKED = re.compile(r"[\s-]+(?:linked|affiliated|allied|aligned|backed|inspired|sponsored|led)\s+(?:group,?\s+)?", re.I)


# "the Jenin Martyrs' Brigades, a wing of the Popular Resistance Committees", "X, an offshoot of Y", "X, a faction
# associated with Y": the wing acts for the group
_WING_OF = re.compile(r"(?:['’]?\s*[A-Z][\w'’-]*){0,2}\s*[,—–-]\s*(?:an?|the|its)\s+(?:(?:military|armed|militant|student|youth|urban|political)\s+)?"
                      r"(?:wing|arm|branch|faction|offshoot|splinter group|splinter faction)\s+"
                      r"(?:of|associated with|linked to|affiliated with|loyal to)\s+(?:the\s+)?", re.I)


_OWNED_UNIT = re.compile(r"['’]s?\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}")


def _own_entry(m: ActorMatch) -> bool:
    """Whether a named group's match is its own entry of the dictionary ("Al-Aqsa Martyrs Brigade"), not another
    name of a group ("Al Quds Brigades", written for Islamic Jihad's)."""
    if m.entry.generic or m.entry.category in ("named_by_cue", "by_shape", "descriptive"):
        return False
    name = re.sub(r"\s*\([^()]*\)\s*$", "", m.text).strip().lower()
    canon = re.sub(r"\s*\([^()]*\)\s*$", "", m.entry.canonical).strip().lower()
    abbr = re.search(r"\(([^()]+)\)\s*$", m.entry.canonical)
    return name in (canon, m.entry.canonical.lower()) or (abbr is not None and name == abbr.group(1).lower())


def without_qualifiers(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """The matches without the names that only qualify the next one ("the Fatah-linked Al Aqsa Martyrs Brigades"),
    and a wing named with its group ("X, the armed wing of Y") as the group, at the wing's place."""
    out: list[ActorMatch] = []
    # "the Popular Front for the Liberation of Palestine-General Command's Jihad Jibril Brigades": a unit its group owns
    matches = [ActorMatch(b.start, b.end, b.text, a.entry)
               if a is not None and not a.entry.generic and a.entry.actor_type in (2, 3, 4) and not b.entry.generic
               and b.entry.actor_type in (2, 3, 4) and _OWNED_UNIT.fullmatch(text, a.end, b.start) else b
               for a, b in zip([None, *matches[:-1]], matches, strict=True)] if matches else matches
    parent_of: dict[int, ActorEntry] = {}
    # "the Turkish Communist Party/Marxist Leninist ... (TKPML-TIKKO)": a name read by its shape that runs on, past a
    # slash, into a known group's is that group
    matches = [ActorMatch(a.start, b.end, text[a.start:b.end], b.entry)
               if b is not None and a.entry.category == "by_shape" and b.start == a.end + 1 and text[a.end] == "/"
               and not b.entry.generic else a
               for a, b in zip(matches, [*matches[1:], None], strict=False)]
    matches = [b for k, b in enumerate(matches) if not (k and matches[k - 1].end > b.start)]
    for a, b in zip(matches, [*matches[1:], None], strict=False):  # (no matches: one None left over)
        if a.start in parent_of:
            a = ActorMatch(a.start, a.end, a.text, parent_of[a.start])
        if b is not None and not b.entry.generic and _LINKED.fullmatch(text, a.end, b.start):
            if _UNIT_WORD.search(b.text) and _armed_named(a) and _PART_OF.search(text, a.end, b.start):
                # "the Fatah-affiliated al-Aqsa Brigades": a brigade of the organisation named before it is the
                # organisation's (events are coded by organisation, as the terrorism databases do)
                parent_of[b.start] = a.entry
            continue
        if b is not None and _armed_named(b) and _UNIT_WORD.search(a.text) and OF_GAP.fullmatch(text, a.end, b.start):
            a = ActorMatch(a.start, a.end, a.text, b.entry)  # "the al-Aqsa brigades of Fatah"
        if b is not None and _armed_named(a) and _UNIT_WORD.search(b.text) and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[a.end:b.start]) \
                and WING_OF_BEFORE.search(text, max(0, a.start - 40), a.start):
            parent_of[b.start] = a.entry  # "The military wing of al-Fatah, al-Aqsa Martyrs Brigades, claimed"
        if b is not None and not b.entry.generic and " " not in a.text and re.fullmatch(r"[A-Z][a-z]+ists?", a.text) \
                and re.fullmatch(r"\s+", text[a.end:b.start]) and " " in b.text:
            continue  # "the Maoist Sendero Luminoso": an adjective before a group's name
        if b is not None and not b.entry.generic and b.entry.actor_type in (2, 3, 4) and _WING_OF.fullmatch(text, a.end, b.start) \
                and not (_own_entry(a) and not _UNIT_WORD.search(a.text)):
            # (a wing the dictionary knows as a group of its own stays itself unless it is a unit by name: "the NPA,
            # the armed wing of the Communist Party of the Philippines", but "Al-Aqsa Martyrs Brigade, the armed
            # faction of Fatah" is Fatah's)
            a = ActorMatch(a.start, a.end, a.text, b.entry)
        out.append(a)
    return out


WING_OF_BEFORE = re.compile(r"\b(?:military|armed)\s+(?:wing|arm|faction)\s+of\s+(?:the\s+)?$", re.I)
# a group's unit by its name's head: "Brigades", "Battalions", "Units"
_UNIT_WORD = re.compile(r"\b(?:brigades?|battalions?|units|squads?|commandos?|detachments?)\b", re.I)
_PART_OF = re.compile(r"\b(?:linked|affiliated|allied|aligned)\b", re.I)
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")  # "the al-Aqsa brigades of Fatah": a unit and its parent


def _armed_named(m: ActorMatch) -> bool:
    return not m.entry.generic and m.entry.actor_type in (2, 3) and m.entry.category != "descriptive"


_OF_COUNTRY_KIND = {"government": "Government of", "military forces": "Military Forces of", "armed forces": "Military Forces of",
                    "police forces": "Police Forces of", "police force": "Police Forces of", "army": "Military Forces of",
                    "police": "Police Forces of", "authorities": "Government of", "junta": "Government of"}
_COUNTRYS_BODY = re.compile(r"\b(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:(?:transitional|interim|military-led|military|"
                            r"federal|national|new|elected|ruling)\s+)?(?P<body>government|army|armed forces|police|military forces|"
                            r"security forces|junta|authorities)\b")
_OF_COUNTRY = re.compile(r"\b(?P<body>(?i:government|military forces|armed forces|police forces|police force|army))\s+of\s+"
                         r"(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# "anti-government demonstrators", "pro-Taliban clerics": a stance toward an actor, not the actor
_STANCE_BEFORE = re.compile(r"\b(?i:anti|pro)-$")
# "the Government Girls Secondary School", "Police Lines compound", "Army Public School": a name, not the body
_INSTITUTION_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:School|College|Hospital|Academy|University|Secondary|"
                                r"Primary|Lodge|Lines|Stadium|Club|Hotel)\b")
_CAPITALISED_BEFORE = re.compile(r"\b(?!The\b|On\b|In\b)[A-Z][\w'’-]+[ -]$")
_REGION_BRACKET = re.compile(r"\s?\(([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\)")
_BRACKET_ABBR = re.compile(r"\s?\((?P<abbr>[A-Z][\w'’.-]{0,14}|[A-Z][^()]{2,60})\)")
_WING = re.compile(r"[\s-]+wings?\b", re.I)


# "the Arauco-Malleco Coordinator (CAM)", "Ahlu Sunnah Wa-Jama (ASWJ)": a name the dictionary does not hold, spelled
# out before a known group's abbreviation in brackets
_SPELLED_NAME = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*\s+(?:(?:of|the|for|and|al|wal|wa|de|del|la|el|"
                           r"fi|des|du|y|e)\s+)?){1,7})\($")


_NAME_WORDS = frozenset("front army liberation national people peoples popular revolutionary movement forces force party "
                        "group union islamic democratic united council organization organisation brigade brigades "
                        "resistance".split())


def _name_words(*names: str) -> set[str]:
    """The words of four letters or more of names, lower-cased, without accents."""
    return {w for v in names for w in re.findall(r"[a-z]{4,}", _strip_accents(v).lower())}


def _spelled_out_before(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """A known group's abbreviation in brackets after its name spelled out, a name the dictionary does not hold
    ("the Arauco-Malleco Coordinator (CAM)"), is one match of the whole name: the initials of the name's words must
    be the abbreviation's letters."""
    out: list[ActorMatch] = []
    for k, m in enumerate(matches):
        if m.entry.generic or not m.text.isupper() or not (2 <= len(m.text) <= 8) or text[m.end:m.end + 1] != ")" \
                or (k and matches[k - 1].end >= m.start - 2):
            out.append(m)
            continue
        name = _SPELLED_NAME.search(text, max(0, m.start - 90), m.start)
        if name is None:
            out.append(m)
            continue
        words = [w for w in re.split(r"[\s-]+", name.group(1).strip()) if w[:1].isupper()]
        if len(words) < 2 or sorted(w[0].upper() for w in words) != sorted(re.sub(r"[^A-Z]", "", m.text)) \
                or not (_name_words(name.group(1)) - _NAME_WORDS) & _name_words(m.entry.canonical, *m.entry.aliases):
            out.append(m)  # (a name that shares no word of its own with the known group's is another group: "the
            continue  # Pedro Leon Arboleda (PLA)", not the People's Liberation Army)
        # (a shorter name the dictionary read inside it is part of this one: "National Resistance Movement (MNR)")
        out = [o for o in out if o.end <= name.start(1)]
        out.append(ActorMatch(name.start(1), m.end + 1, text[name.start(1):m.end + 1], m.entry))
    return out


def _merge_bracketed(text: str, matches: list[ActorMatch], country: str | None = None) -> list[ActorMatch]:
    """"the Communist Party of Nepal-Maoist (CPN-M) rebels": a name and its abbreviation in brackets are one match.
    When the two differ, the abbreviation decides between like-named groups ("People's Liberation Army (EPL)")
    unless the name's own entry has it. "the military wing of Hamas": "military" is no state force there."""
    out: list[ActorMatch] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        if m.entry.generic and m.entry.actor_type == 1 and _WING.match(text, m.end):
            i += 1
            continue
        br = _BRACKET_ABBR.match(text, m.end) if not m.entry.generic else None
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if br is not None and " " in br.group("abbr") and not (
                nxt is not None and nxt.start == br.start("abbr") and nxt.end == br.end("abbr")
                and nxt.entry.canonical == m.entry.canonical):
            br = None  # "MILF (Moro Islamic Liberation Front) fighters": a bracket of words only when it names the same group
        if br is not None:
            entry = m.entry
            if nxt is not None and nxt.start == br.start("abbr") and nxt.end == br.end("abbr"):
                i += 1
                own = {normalise_name(v) for a in (entry.canonical, *entry.aliases) for v in _variants(a)}
                if (nxt.entry.canonical != entry.canonical and not nxt.entry.generic and nxt.entry.actor_type in (2, 3, 4)
                        and normalise_name(br.group("abbr")) not in own
                        and not (country is not None and entry.country == country != nxt.entry.country)):
                    entry = nxt.entry
            m = ActorMatch(m.start, br.end(), text[m.start:br.end()], entry)
        out.append(m)
        i += 1
    return out


# from the end of a name as written to the bracket of its abbreviation: more words of the name
_NAME_RUNS_TO_BRACKET = re.compile(r"(?:[\s-]+(?:[A-Z][\w'’.-]*|of|for|the|de|del|la|and|y))*\s*\(")
_POLITICAL_WORD = re.compile(r"\b(?:Revolutionary|Popular|People['’]s|Patriotic|Liberation|Islamic|Communist|Red|Rebel|"
                             r"Resistance|Insurgent|Guerrilla)\b")


def _named_by_abbreviation(text: str, matches: list[ActorMatch], unknown: set[int]) -> list[ActorMatch]:
    """"The Popular Front for Liberation of Palestine (PFLP)", "the Simon Bolivar National Guerrilla Coordinating
    Board (CGSB)": a name no table lists as written, whose bracket gives the abbreviation of a group the table
    knows, is that group."""
    out: list[ActorMatch] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        k = matches[i + 1] if i + 1 < len(matches) else None
        if (id(m) in unknown and k is not None and id(k) not in unknown and not k.entry.generic
                and k.entry.actor_type in (2, 3, 4) and " " not in k.text and text.startswith(")", k.end)
                and _NAME_RUNS_TO_BRACKET.fullmatch(text, m.end, k.start)):
            out.append(ActorMatch(m.start, k.end + 1, text[m.start:k.end + 1], k.entry))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_FORMERLY = re.compile(r"\s*[(,]\s*(?:formerly|previously|once|earlier|also known as|aka|a\.k\.a\.)(?:\s+(?:known|called) as)?\s+"
                       r"(?:the\s+)?", re.I)


def _without_former_names(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """"Al-Qaeda in the Islamic Maghreb (formerly the Salafist Group for Call and Combat; GSPC)", "the Islamic State
    of Iraq, formerly known as the Mujahideen Shura Council, claimed": the former names are the same group's, not
    another actor."""
    out: list[ActorMatch] = []
    close = -1
    for m in matches:
        if m.start < close:
            continue
        prev = out[-1] if out else None
        if prev is not None and not prev.entry.generic and _FORMERLY.match(text, prev.end) \
                and _FORMERLY.match(text, prev.end).end() == m.start:
            # the former names run to the bracket's end, or to the appositive's comma
            ends = [i for i in (text.find(")", m.start), text.find(",", m.end)) if i >= 0]
            close = min(ends) if ends else len(text)
            continue
        out.append(m)
    return out


# the nouns a state's forces share with an armed group's: "RSF soldiers", "Houthi troops", "Tigrayan forces"
_STATE_MEMBER_NOUN = re.compile(r"(?i:soldiers?|troops|forces|personnel|units?|combatants|militiamen|commanders?)")


def _merge_named_with_generic(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """"Al-Shabaab militants", "Taliban fighters", "ETA activists", "RSF soldiers": a named group followed by a
    generic noun is the group."""
    out: list[ActorMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if (prev is not None and not prev.entry.generic and (m.entry.generic or m.entry.category == "descriptive")
                and (m.entry.actor_type in (3, 6) or m.entry.actor_type == 1 and _STATE_MEMBER_NOUN.fullmatch(m.text))
                and prev.entry.actor_type in (2, 3, 4) and text[prev.end:m.start] in (" ", "-")):
            out[-1] = ActorMatch(prev.start, m.end, text[prev.start:m.end], prev.entry)
            continue
        out.append(m)
    return out


# --- organisations the dictionary does not know ------------------------------------------------
# A capitalised name whose head is an organisation noun ("Revolutionary Force Seven" no; "the Armed
# Revolutionary Action", "the Popular Front for the Liberation of Palestine", "Jewish Armed Resistance")
# names a group even when no table lists it: new and minor groups are exactly the ones tables miss.
_ORG_HEAD = (r"(?:Front|Army|Organi[sz]ation|Movement|Brigades?|Party|Group|Committees?|Resistance|League|Forces?|"
             r"Commandos?|Cells?|Faction|Alliance|Struggle|Vanguard|Command|Battalions?|Legion|Squads?|Guerrillas?|"
             r"Nuclei|Nucleus|Federation|Jihad|Mujahideen|Mujahidin|Militias?|Revolutionaries|Action|Tigers|Network|"
             r"Coordinator|Coordination|Sons|Soldiers|Partisans|Defenders|Avengers|Liberators|Warriors|Martyrs|Youth)")
_CAP_WORD = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]{2,6}(?![\w.]))"
_TAIL_CONNECT = r"(?:of|for|the|and|in|de|del|la|el|al|du|des|to)"
# the cause a group's name fights for: "the National Front for the Liberation of Kurdistan"
_CAUSE = r"(?:Liberation|Defen[cs]e|Independence|Salvation|Freedom)"
_UNKNOWN_ORG = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP_WORD}[ -](?:(?:{_CAP_WORD}|bin|ibn|bint)[ -]){{0,5}}{_ORG_HEAD}"
    rf"(?:\s+(?:for|of)\s+the\s+{_CAUSE}\s+of\s+(?:the\s+)?"
    rf"{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}|"  # "the National Front for the Liberation of Kurdistan"
    # (not "and": "the Scottish National Liberation Army and the Angry Brigades" are two groups)
    rf"\s+(?!and\s)(?:{_TAIL_CONNECT}\s+){{1,3}}{_CAP_WORD}(?:\s+(?:and\s+)?{_CAP_WORD}){{0,3}})?"
    rf"(?:\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{{1,3}}))?)"
    rf"(?:\s+\((?P<abbr>[A-Z][\w-]{{1,9}})\))?(?![\w-])"
    # (not the first words of a body's name: "the Community Action Board", "the Youth Council", "the Army Hospital")
    rf"(?!\s+(?:Board|Council|Commission|Office|Agency|Bureau|Fund|Programme|Program|Plan|Day|Center|Centre|Institute|"
    rf"Foundation|School|University|College|Hospital|Bank|Company|Corporation|Association|Society|Club|Project)\b)")
# names that begin with their head: "the Front for the National Liberation of Corsica (FNLC)", "the Organization of
# the Oppressed on Earth", "the Movement for the Emancipation of the Niger Delta"
_HEAD_FIRST_ORG = re.compile(
    rf"(?<![\w-])(?P<name>(?:Front|Organi[sz]ation|Movement|Brigades?|Committees?|Commandos?|Cells?|League|Alliance|Group|"
    rf"Union|Army|Soldiers|Partisans|Guardians|Warriors|Squads?)"
    rf"\s+(?:for|of)\s+(?:the\s+)?{_CAP_WORD}(?:\s+(?:{_TAIL_CONNECT}\s+|on\s+|from\s+)*(?:{_CAP_WORD}|(?:al|el|ad|as|ash|an|ar|at)-[A-Z][\w'’-]*)){{0,6}})"
    rf"(?:\s+\((?P<abbr>[A-Z][\w-]{{1,9}})\))?(?![\w-])")
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
# words that, alone before the head, make a state body or a common phrase, not a group's name
_NOT_A_NAME = frozenset("""the a an this that these those its their his her our members member militants militant cadres
suspected alleged unidentified unknown armed security special border central reserve police rapid task joint air naval
navy defence defense military government federal state provincial district local village home territorial national
regular indian pakistani afghan iraqi syrian israeli american us u.s. british french russian turkish nigerian
kenyan somali malian philippine colombian peruvian spanish greek italian german yemeni saudi iranian egyptian libyan
sudanese ethiopian chinese ugandan congolese cameroonian burmese thai bangladeshi nepalese sri lankan lankan afghan
army police brigade battalion company regiment division corps mobile field strike quick reaction response rescue
infantry mechanized mechanised armored armoured airborne marine marines ranger rangers scout scouts cavalry motorized
motorised engineer engineers signal artillery light
counter counter-terrorism anti-terrorism anti-riot riot elite presidential royal public
opposition ruling congress party group front force forces his her new old first second third
monday tuesday wednesday thursday friday saturday sunday after before during when while on in at as but and""".split())


# "a group calling itself the Solidarity Gas Canisters", "the attack was claimed by November's Children": after
# these cues a capitalised name is a group's, whatever its head word
_NAMED_BY_CUE = re.compile(
    r"(?=[A-Za-z])"  # (every cue opens with a letter: the scan skips other positions at once)
    r"\b(?:(?i:group|organi[sz]ation|faction|cell|movement|separatists|militants|rebels|guerrillas|terrorists|gunmen|"
    r"extremists|kidnappers|hijackers|men|unit|commando|brigade|activists|youths|students|individuals),?\s+(?:calling|that calls|which calls|who call(?:ed)?|called|naming|named|known as)"
    r"(?:\s+(?:itself|themselves))?,?|"
    # "claimed by the anarchist group, Day of the Young Combatant"
    # "a faction of Ijaw militants identified as Iduwini Youths" (armed men only: "an organization, identified as ADAMS"
    # may be the target)
    r"(?i:militants|gunmen|rebels|guerrillas|terrorists|kidnappers|attackers|insurgents)\s+identified\s+as|"
    r"(?:claimed|signed|carried out)\s+in\s+the\s+name\s+of|claim(?:ed|ing)\s+to\s+(?:represent|be\s+from|speak\s+for|"
    r"be\s+(?:members|a\s+member|part)\s+of)|(?:identified|described)\s+(?:itself|themselves)\s+as|claiming\s+the\s+(?:act|attack|bombing|action)\s+for|(?:responsibility|credit)\s+(?:[\w ]{0,30}\s)?on\s+behalf\s+of|"
    r"(?:was|were|been)\s+claimed\s+by(?:\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|faction|cell|movement),)?|"
    # "The anarchic group, Arsonists of Conscience, claimed", "a previously unknown group, Abu Bakr al-Siddiq Brigades."
    r"\b(?:group|organi[sz]ation|faction|movement|gang),|"
    # "police suspect that the Arsonists of Conscience may be responsible"
    r"(?P<that>\b(?:suspect|suspects|suspected|believe|believes|believed)\s+that)|"
    # "The Peruvian group Movimiento Armado Nacionalista (MANO) issued": a name of two words or more (checked below)
    r"(?P<bare>\b(?:group|organi[sz]ation|movement))|"
    # "stabbed by suspected members of Islam Chhatra Shibir (ICS)": with its abbreviation (checked below)
    r"(?P<members>\b(?:members?|cadres?|militants|fighters|activists)\s+of))"
    r"\s+(?:[Tt]he\s+)?(?:['‘\"“]\s?)?"
    r"(?P<name>(?:[A-Z][\w'’-]*[\w]|\d{1,2}|(?:al|el)-[A-Z][\w'’-]*\w)(?:\s+(?!and\s+the\s)(?:(?:of|for|and|the|de|del|al|bin|ibn|bint|in|with|against)\s+){0,2}"
    r"(?:[A-Z][\w'’-]*[\w]|\d{1,2}[A-Z]?|(?:al|el|ad|ash|as|ar|an|at)-[\w'’-]*\w)){0,6})"
    r"(?:\s+\((?P<abbr>[A-Z][\w-]{1,9})\))?(?=['’\"”]?(?:[\s.,;:)]|$))")


# a name in quotes before the word "group": "The 'Anti-Olympic Flame' group claimed responsibility"
_NAME_BEFORE_GROUP = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w'’-]*\w(?:\s+(?:(?:of|the|for|and)\s+)?[A-Z][\w'’-]*\w){1,4})\s+"
                                r"(?:group|organi[sz]ation|movement|faction)\b(?!\s+(?:of|for)\b|,?\s+(?:the\s+)?[A-Z])")
# "held hostage by Al Hadid, a group of Kashmiri Muslim extremists": the name before the appositive that says what it is
_NAME_BEFORE_APPOSITIVE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*\w(?:\s+(?:(?:of|the|for|and)\s+)?[A-Z][\w'’-]*\w){0,4}),\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|faction|cell|band)\s+(?:of|that|which|who|linked|based|formed)\b")
_QUOTED_GROUP = re.compile(r"['‘\"“](?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6})['’\"”]\s+(?:group|organi[sz]ation|movement|"
                           r"cell|commando|faction)\b")


_CLAN_MILITIA = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: and (?P<name2>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))? "
                           r"(?P<kind>clan|ethnic|tribal) (?:militias?|militiamen|fighters|gunmen)\b")
# the same named after the militias: "clan militias from the Habar Gidir and Marehan"
_CLAN_MILITIA_AFTER = re.compile(r"\b(?P<kind>clan|ethnic|tribal) (?:militias?|militiamen|fighters|gunmen) (?:from|of) (?:the )?"
                                 r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: and (?:the )?(?P<name2>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
                                 r"(?: (?:clans?|communities|tribes))?\b")
_GANG = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?<!['’]s)(?<!['’]) gang\b(?!s)")  # (not "X's gang")


def _country_possessor(word: str, countries: frozenset[str]) -> bool:
    """"Honduras'", "Colombia's": a country owning the name that follows, not part of it."""
    m = re.fullmatch(r"(.+?)(?:['’]s?)", word)
    return m is not None and m.group(1) in countries


_CAUSE_TAIL = re.compile(rf"\b(?:for|of) the (?:{_CAUSE}|Restoration)\b")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_NAME = re.compile(rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})")


def _a_date(text: str, m: ActorMatch) -> bool:
    """"On 17 November the al-Quds Brigades claimed": a group named after a date ("17 November") read as the date, after
    a preposition of time or before a year."""
    if not _DATE_NAME.fullmatch(m.text):
        return False
    return bool(re.search(r"\b(?:[Oo]n|since|until|till|before|after|night of|morning of|evening of)\s+$",
                          text[max(0, m.start - 20):m.start]) or re.match(r",?\s+(?:19|20)\d\d\b", text[m.end:m.end + 8]))


def unknown_organisations(text: str, start: int = 0, stop: int | None = None,
                          countries: frozenset[str] = frozenset()) -> list[ActorMatch]:
    """Named organisations that no table lists, by the shape of their name (``countries``: the names of countries,
    whose possessive before a name is not part of it)."""
    out: list[ActorMatch] = []
    for m in _NAMED_BY_CUE.finditer(text, start, len(text) if stop is None else stop):
        name = m.group("name")
        named_so = re.search(r"\b(?:call|calls|calling|called|named|naming|known)\b", m.group(0)[:m.start("name") - m.start()], re.I)
        first = name.split()[0].lower()
        if (first in _DETERMINERS if named_so else first in _NOT_A_NAME) or len(name) < (3 if re.search(r"\d", name) else 4):
            continue  # (but "M-5"; and after "calling itself", "known as", any word opens a name: "the New Revolutionary
            # Alternative", "Group Revolutionary Reconstruction")
        if (m.group("bare") or m.group("that")) and (len(re.findall(r"\b[A-Z]", name)) < 2 and not m.group("abbr")
                                                    or name.split()[0] in countries):
            continue  # "the group Hamas", "suspect that Iran is": one word after a bare cue is no new name
        if re.search(r"['’]s?$", name):
            continue  # "believe that Al-Shimari's village": an owner
        if m.group("members") and (not m.group("abbr") or len(re.findall(r"\b[A-Z]", name)) < 2):
            continue  # "members of Congress", "members of Parliament": a body, unless named with its abbreviation
        abbr = m.group("abbr")
        canonical = f"{name} ({abbr})" if abbr else name
        e = m.end("abbr") + 1 if abbr else m.end("name")
        out.append(ActorMatch(m.start("name"), e, text[m.start("name"):e],
                              ActorEntry(canonical, 3, None, "named_by_cue", (abbr,) if abbr else ())))
    for m in [*_QUOTED_GROUP.finditer(text, start, len(text) if stop is None else stop),
              *_NAME_BEFORE_GROUP.finditer(text, start, len(text) if stop is None else stop),
              *_NAME_BEFORE_APPOSITIVE.finditer(text, start, len(text) if stop is None else stop)]:
        name = m.group("name")
        if name.split()[0].lower() in _NOT_A_NAME or any(o.start <= m.start("name") < o.end for o in out) \
                or _country_possessor(name.split()[0], countries) or name.split()[0] in countries \
                or re.search(r"\w-[a-z]", name):
            continue  # (not "the Syrian-controlled Abu Nidal group": a qualifier before a known name)
        out.append(ActorMatch(m.start("name"), m.end("name"), name, ActorEntry(name, 3, None, "named_by_cue", ())))
    for m in _CLAN_MILITIA.finditer(text, start, len(text) if stop is None else stop):
        # "Habar Gidir and Marehan clan militias", "Lendu ethnic militiamen": ACLED's "<name> Clan Militia"
        kind = "Clan" if m.group("kind").lower() == "clan" else "Ethnic"
        for g in ("name", "name2"):
            name = m.group(g)
            if not name or name.split()[0].lower() in _NOT_A_NAME or name in countries \
                    or any(o.start <= m.start(g) < o.end for o in out):
                continue
            e = m.end() if g == "name2" or not m.group("name2") else m.end(g)
            out.append(ActorMatch(m.start(g), e, text[m.start(g):e], ActorEntry(f"{name} {kind} Militia", 4, None,
                                                                                "by_shape", ())))
    for m in _CLAN_MILITIA_AFTER.finditer(text, start, len(text) if stop is None else stop):
        kind = "Clan" if (m.group("kind") or "").lower() == "clan" else "Ethnic"
        for g in ("name", "name2"):
            name = m.group(g)
            if not name or name.split()[0].lower() in _NOT_A_NAME or name in countries \
                    or _country_possessor(name.split()[0], countries) or name.split()[0] in countries \
                    or any(o.start <= m.start(g) < o.end for o in out):
                continue
            out.append(ActorMatch(m.start(g), m.end(g), text[m.start(g):m.end(g)],
                                  ActorEntry(f"{name} {kind} Militia", 4, None, "by_shape", ())))
    for m in _GANG.finditer(text, start, len(text) if stop is None else stop):
        # "members of the Wharf Jeremie gang": a gang by its name (ACLED's "Wharf Jeremie Gang")
        name = m.group("name")
        if name.split()[0].lower() in _NOT_A_NAME or name.split()[0] in countries \
                or any(o.start <= m.start("name") < o.end for o in out):
            continue
        out.append(ActorMatch(m.start("name"), m.end(), text[m.start("name"):m.end()],
                              ActorEntry(f"{name} Gang", 3, None, "by_shape", ())))
    for m in _UNKNOWN_ORG.finditer(text, start, len(text) if stop is None else stop):
        name = m.group("name")
        words = re.split(r"[ -]", name)
        lead = 0
        while lead < len(words) - 1:
            if words[lead].lower() in ("the", "a", "an", "members", "member", "militants", "cadres", "suspected",
                                       "alleged", "of") or _country_possessor(words[lead], countries):
                lead += 1  # (and a possessor: "Honduras' Cinchoneros Popular Liberation Movement")
            elif lead < len(words) - 2 and words[lead + 1] in ("based", "backed", "linked", "led", "sponsored", "supported"):
                lead += 2  # "the Algiers-based Canary Islands Independence Movement"
            else:
                break
        words = words[lead:]
        head_at = next(i for i in range(len(words) - 1, -1, -1) if re.fullmatch(_ORG_HEAD, words[i]))
        before = words[:head_at]
        if re.search(r"\bDevelopment Committees?\b", name):
            continue  # "Inarwa Village Development Committee": a Nepali local government area, not a group
        if not before or name.isupper() or all(w.lower() in _NOT_A_NAME for w in before) and not _CAUSE_TAIL.search(name):
            continue  # ("the National Front for the Liberation of Kurdistan": a cause makes the name a group's)
        s = m.start("name") + len(" ".join(re.split(r"[ -]", name)[:lead])) + (1 if lead else 0)
        e = m.end()
        canonical = text[s:m.end("name")]
        if any(o.start <= m.start("name") < o.end for o in out):
            continue
        abbr = m.group("abbr")
        if abbr:  # "the Tupac Katari Guerilla Army (EGTK)": the name as written, with its abbreviation
            canonical = f"{canonical} ({abbr})"
        entry = ActorEntry(canonical, 3, None, "by_shape", (abbr,) if abbr else ())
        out.append(ActorMatch(s, e, text[s:e], entry))
    for m in _HEAD_FIRST_ORG.finditer(text, start, len(text) if stop is None else stop):
        if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out):
            continue
        if m.start() > 0 and re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]) \
                and not re.search(r"(?:^|\W)(?:The|A|An)\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # the end of a longer capitalised name, found above or not a group at all
        name, abbr = m.group("name"), m.group("abbr")
        canonical = f"{name} ({abbr})" if abbr else name
        out.append(ActorMatch(m.start(), m.end(), text[m.start():m.end()],
                              ActorEntry(canonical, 3, None, "by_shape", (abbr,) if abbr else ())))
    out.sort(key=lambda o: o.start)
    return out


def _adjacent(text: str, toks: list[tuple[int, int, str]], i: int, length: int) -> bool:
    """The tokens i..i+length-1 are one name: separated only by spaces, hyphens, apostrophes or dots."""
    for j in range(i, i + length - 1):
        gap = text[toks[j][1]:toks[j + 1][0]]
        if len(gap) > 2 or any(c not in " -'’.\u00a0" for c in gap):
            return False
    return True


def _variants(name: str) -> list[str]:
    """The name, the name without parentheses, and what the parentheses hold ("X (ABC)" → X, ABC); a region in
    parentheses also joins the name ("Islamic State (West Africa)" → Islamic State West Africa, before Islamic State)."""
    out = [name.strip()]
    joined = re.sub(r"\s*\(([^()]*[a-z][^()]*)\)", r" \1", name).strip()
    if joined != out[0]:
        out.append(joined)
    inner = re.findall(r"\(([^)]*)\)?", name)
    outer = re.sub(r"\([^)]*\)?", " ", name).strip()
    if outer and outer != name:
        out.append(outer)
    out.extend(i.strip() for i in inner if i.strip())
    for part in re.split(r"\s+/\s+", name):
        if part.strip() and part.strip() != name.strip():
            out.append(part.strip())
    return out


@lru_cache(maxsize=512)
def _composed(kind: str, iso: str, country: str) -> ActorEntry:
    category = {"Military Forces of": "state_military", "Police Forces of": "state_police"}.get(kind, "government")
    return ActorEntry(f"{kind} {country}", 1, iso, category, ())
