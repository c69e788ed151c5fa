"""Gazetteer and geoparser: place names in a text, resolved to GeoNames entries by context.

Data: ``khabar/data/geonames_places.tsv.gz`` (GeoNames, CC BY 4.0, built by
:mod:`khabar.resolve.build_gazetteer`) and ``khabar/data/gazetteer_additions.tsv``
(conflict-zone districts written by us).  Disambiguation, in order of weight:

1. a hierarchy written in the text: "Pul-e Alam city, Logar province, Afghanistan";
2. a kind word after the name: "Kunduz province" is the province, "Kunduz city" the city;
3. the article's focus: countries named or implied by demonyms ("Pakistani"), provinces named;
4. a city inside a province of the same name is the city (it names the province too);
5. population.

An unknown name in a hierarchy ("Gul Zarin area, Sangar Tepa district, Kunduz province")
becomes a place of its own, located by its parent, with precision 2.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from khabar.errors import ResourceError
from khabar.resources import read_table

_LEADING_FUNCTION_WORDS = re.compile(r"(?:(?:the|a|an|in|at|on|of|near|from|to)\s+)*", re.IGNORECASE)
_PRECISION = {"country": 5, "admin1": 4, "admin2": 3, "place": 1}
_NAME_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "el", "ez", "az", "es", "ad", "ar", "ul", "ud"}
_CONNECT = {"of", "de", "del", "al", "el", "la", "le", "e", "i", "ul", "ud", "us", "and", "du", "des", "van", "da", "do", "dos", "the"}
_HINT = re.compile(
    r"[\s,]*(?:the\s+)?(?P<hint>province|provinces|state|region|governorate|oblast|department|prefecture|county|district|"
    r"districts|agency|tehsil|sub-?district|subdivision|division|municipality|lga|local government area|territory|"
    r"city|town|village|villages|area|locality|neighbou?rhood|camp|market|bazaar|township|settlement|hamlet|"
    r"commune|suburb|outskirts|valley|section|quarter)\b", re.I)
_ADMIN1_HINT = {"province", "provinces", "state", "region", "governorate", "oblast", "department", "prefecture"}
_ADMIN2_HINT = {"district", "districts", "agency", "tehsil", "subdistrict", "sub-district", "subdivision", "division", "lga",
                "local government area", "county", "territory", "municipality"}
_PLACE_HINT = {"city", "town", "village", "villages", "area", "locality", "neighbourhood", "neighborhood", "camp", "market",
               "bazaar", "township", "settlement", "hamlet", "commune", "suburb", "outskirts", "valley"}
# the word of an administrative division after its name: "Kirkuk Governorate" is Kirkuk's, no institution's name
_DIVISION_WORDS = _ADMIN1_HINT | _ADMIN2_HINT | {"upazila", "thana", "taluka", "raion", "rayon", "wilaya", "vilayet"}
_SETTLEMENT_HINT = {"city", "town", "village", "villages", "locality", "neighbourhood", "neighborhood", "township",
                    "settlement", "hamlet", "commune", "suburb", "outskirts"}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.-]*")


# the Arabic article, as news writes it before a name
_AR_ARTICLES = "al|el|ad|ar|as|ash|an|at|az|ez|es|ed|er|et"
_ARABIC_ARTICLE = re.compile(rf"^(?:{_AR_ARTICLES}|adh|ath) (?=[a-z]{{4}})")


_QUALIFIED = re.compile(r"^(.+?)(?:\s+(?:am|an der|im|in der|upon)\s+\S+|\s*\([^)]*\))$")


def _is_own_name(name: str, key: str) -> bool:
    """Whether the normalised ``key`` is ``name`` itself or a side of it (a bilingual name), not another name."""
    return norm(name) == key or any(norm(n) == key for n in _short_names(name))


def _short_names(name: str) -> list[str]:
    """The names a place goes by in the news that GeoNames writes longer: each side of a bilingual name
    ("Donostia / San Sebastián", "Gasteiz / Vitoria") and a town without its river or region ("Frankfurt am
    Main", "Newcastle upon Tyne", "Halle (Saale)")."""
    out = [p for p in name.split(" / ") if p] if " / " in name else []
    m = _QUALIFIED.match(name)
    if m:
        out.append(m.group(1))
    m = _ADMIN_PREFIX.match(name)
    if m:  # "Nāḩiyat al Iskandarīyah": the sub-district's town, "Iskandariyah" (with and without its article)
        out += [m.group(1), m.group(2)]
    return out


_FRENCH_DIVISION = re.compile(r"^(?:Province|R[ée]gion|D[ée]partement|Pr[ée]fecture)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*(\S.*)$")
_ADMIN_PREFIX = re.compile(r"^(?:N[āa]\S?iyat|Qa\S?[āa]\S?|Markaz|Mintaqat)\s+((?:(?:al|an|ar|as|ash|at|ad|az)[ -])?(\S.*))$", re.I)


def _spellings(key: str) -> tuple[str, ...]:
    """Other ways news writes a (normalised) place name: Arabic names without their article ("Al Fallujah"
    is "Fallujah") and without a final h ("Fallujah" is also "Falluja", "Suwayrah" "Suwayra")."""
    out = []
    bare = _ARABIC_ARTICLE.sub("", key)
    if bare != key:
        out.append(bare)
    for k in (key, bare):
        if k.endswith(("ah", "iyah", "eh")) and len(k) > 5:
            out.append(k[:-1])
    if key.startswith(("beit ", "bayt ")):  # "house of": "Beit El" is also "Bet El", "Beth El"
        out += ["bet " + key[5:], "beth " + key[5:]]
    return tuple(out)


_DIVISION_TAIL = re.compile(r" (?:governorate|province|region|oblast|district|department|prefecture|voivodeship)$")
_ASSIMILATED = re.compile(r" a[dtsrnz]h? ")


def _province_bare_names(key: str) -> tuple[str, ...]:
    """A province the gazetteer names with its division word, as the news writes it without ("Salah ad Din
    Governorate": "Salah ad Din"), and with the Arabic article unassimilated ("Salah al Din")."""
    bare = _DIVISION_TAIL.sub("", key)
    if bare == key or len(bare) < 4:
        return ()
    out = [bare]
    if _ASSIMILATED.search(bare):
        out.append(_ASSIMILATED.sub(" al ", bare))
    return tuple(out)


def _province_spellings(key: str) -> tuple[str, ...]:
    """Russian provinces as English news writes them: "-iya" as "-ia" ("Ingushetiya" is Ingushetia)."""
    return (key[:-3] + "ia",) if key.endswith("iya") and len(key) > 6 else ()


_SKELETON_STEPS = ((re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az) "), ""), (re.compile(r"[^a-z0-9]"), ""),
                   (re.compile(r"ou|oo"), "u"), (re.compile(r"ee|ie|ei|y"), "i"), (re.compile(r"(?<=[dkgtsz])h"), ""),
                   (re.compile(r"q"), "k"), (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?<=[aiu])h$"), ""))


def _skeleton(key: str) -> str:
    """A normalised name with what transliterations vary in taken out: the Arabic article, spaces and
    apostrophes, ou/oo, ee/ie/y, the h of dh/kh/gh/th/sh, q, doubled letters, a final h."""
    for rx, rep in _SKELETON_STEPS:
        key = rx.sub(rep, key)
    return key


def same_spelling(a: str, b: str) -> bool:
    """Are two place names one name in two transliterations ("Hawijah" / "Hawija", "Falluja" / "Al Fallujah")?"""
    ka, kb = norm(a), norm(b)
    return bool(ka) and (ka == kb or _skeleton(ka) == _skeleton(kb))


def _skeleton_index(rows: list[tuple], index: dict[str, tuple[int, ...]]) -> dict[str, dict[int, tuple]]:
    """Country -> length of skeleton -> (skeletons, entries): compact, and scanned by length."""
    out: dict[str, dict[str, list[int]]] = {}
    for k, ids in index.items():
        sk = None
        for j in ids:
            r = rows[j]
            if r[1] in ("place", "admin2", "admin1"):
                sk = sk if sk is not None else _skeleton(k)
                bucket = out.setdefault(r[3], {}).setdefault(sk, [])
                if j not in bucket:
                    bucket.append(j)
    packed: dict[str, dict[int, tuple]] = {}
    for iso, d in out.items():
        by_len: dict[int, tuple[list, list]] = {}
        for sk, js in d.items():
            keys, vals = by_len.setdefault(len(sk), ([], []))
            keys.append(sk)
            vals.append(js[0] if len(js) == 1 else tuple(js))
        packed[iso] = {n: (tuple(keys), tuple(vals)) for n, (keys, vals) in by_len.items()}
    return packed


def _deletions(key: str) -> set[str]:
    """A key less each one of its letters."""
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, cut off above ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


# letters that NFKD does not take apart into a Latin letter and a mark ("Kadıköy" is "Kadikoy", "Łódź" "Lodz")
_LETTERS_APART = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h"})


def _norm(name: str) -> str:
    if name.isascii():  # NFKD leaves ASCII as it is, with no combining marks to drop
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name.translate(_LETTERS_APART))
        s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    return _NOT_ALNUM.sub(" ", s).strip()


@lru_cache(maxsize=1 << 14)
def norm(name: str) -> str:
    """A name as the index keys it: no accents, lower case, every run of other characters one space
    (cached: a text's candidate names come back again and again)."""
    return _norm(name)


@dataclass(frozen=True, slots=True)
class GazEntry:
    name: str
    kind: str  # country | admin1 | admin2 | place
    country: str
    iso: str
    admin1: str | None
    admin1_iso: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    entry: GazEntry
    precision: int
    candidates: int


def _f(x: str) -> float | None:
    return float(x) if x else None


_CACHE_VERSION = 17


def _cache_dir() -> str:
    return os.environ.get("KHABAR_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "khabar")


# (where something happened: not "pilgrims headed to the holy city of Karbala")
_TOWN_OF_BEFORE = re.compile(r"\b(?:in|at|on|near|inside|outside|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:city|town|village|port)\s+of\s+(?:the\s+)?$", re.I)
# between two links of a written hierarchy: "Chahar Dara, Kunduz", "Chahar Dara district, Kunduz"
_CHAIN_KIND = (r"(?:\s+(?:district|province|area|neighbou?rhood|village|town|city|region|county|municipality|"
               r"sub-?district|tehsil|subdivision|department|commune|locality|suburb|island|governorate|state|division|camp|"
               # (and the divisions of Ethiopia, the DRC, the former Soviet states, Myanmar, Bangladesh, Uganda, Nigeria)
               r"zone|woreda|kebele|territory|oblast|raion|rayon|prefecture|township|upazila|sub-?county|LGA|barangay))?")
_CHAIN_GAP = re.compile(_CHAIN_KIND + r",\s*", re.I)
_CHAIN_OR_BRACKET = re.compile(_CHAIN_KIND + r"(?:,|\s*\()\s*", re.I)  # "Barmal district (Paktika)"
# what may stand between the links of a written chain or bracket: "X, Y province, Z", "X (Y, Z)", "X district of Y"
_CHAIN_OR_BRACKET_GAP = re.compile(_CHAIN_KIND + r",?(?:\s+(?-i:[a-z])[\w-]*){0,3}?(?:\s*[,(]\s*|\s+(?:of|in)\s+(?:the\s+)?|\s+)"
                                   r"(?:(?:north|south|east|west|central)\w*\s+)?"  # ("Morag settlement in Gaza",
                                   # "San Teodoro, on the island of Sardinia", "Tripoli in northern Lebanon")
                                   # (links the gazetteer lacks between: "Bali (Mezam, North-West)")
                                   r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}" + _CHAIN_KIND + r"\s*[,(]\s*){0,2}", re.I)


_ACTOR_HEAD = re.compile(r"\b(?:Group|Groups|Forces|Army|Militia|Militias|Movement|Front|Party|Brigades?|Police|"
                         r"Protesters|Rioters|Government|Council|Committee|Organi[sz]ation)$")
# "in Namsiguian, 65 kilometers from Kongoussi": a name the gazetteer lacks, measured from a known place
_DISTANCE_FROM = (r"(?:about\s+|some\s+|around\s+|nearly\s+)?\d+\s*(?:km|kms|kilom\w*|miles?)\s+"
                  r"(?:(?:north|south|east|west)\w*\s+)?(?:of|from)\s+(?:the\s+)?")
_CHAIN_BEFORE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:district|area|neighbou?rhood|village|town|sub-?district|tehsil|"
                           r"locality|suburb|commune))?,\s*$")


TITLES = {"president", "minister", "general", "gen", "mr", "mrs", "ms", "dr", "colonel", "col", "lt", "major", "maj",
           "captain", "capt", "sheikh", "sheik", "judge", "senator", "sen", "prince", "king", "queen", "ambassador",
           "bishop", "father", "imam", "mullah", "maulvi", "sergeant", "sgt", "inspector", "brigadier", "lieutenant",
           "admiral", "rev", "reverend", "monsignor", "professor", "prof", "cardinal", "emir", "sultan", "commander"}
_NAME = r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|ash|an|at|az|ul|ud)-[A-Z][\w'’-]+|al|el|de|e|i|ul)){0,2})"
# capitalised words that may stand right before a place name without making it part of a longer proper name:
# sentence openers and function words, time words and directions ("In Kabul", "Central Baghdad"); any other
# capitalised word before it ("City Hall", "Police Center", "Karim Ali Abdulla") makes a longer name
_LOOSE_NEIGHBOURS = {
    "the", "a", "an", "in", "on", "at", "as", "of", "to", "by", "he", "she", "it", "they", "we", "his", "her", "their",
    "this", "that", "these", "those", "there", "here", "but", "and", "or", "if", "when", "while", "after", "before",
    "since", "during", "meanwhile", "however", "also", "near", "from", "for", "with", "without", "under", "over",
    "against", "through", "about", "around", "among", "then", "so", "yet", "still", "only", "even", "just", "last",
    "next", "first", "early", "late", "later", "earlier", "today", "yesterday", "tomorrow", "according", "outside",
    "inside", "into", "between", "across", "toward", "towards", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
    "greater", "downtown", "new", "old", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "note",
    "kibbutz", "moshav"}  # "Kibbutz Nahal Oz": the kind of place, written before its name
# given names that are also places somewhere: after a town name they make it a person's ("Asi Ali Wali")
_GIVEN_NAMES = {"ali", "mir", "mohammad", "muhammad", "mohammed", "ahmed", "ahmad", "khan", "singh", "kumar", "abdul",
                "abdullah", "hassan", "hussain", "husain", "musa", "ibrahim", "yusuf", "bhat", "shah", "malik", "syed",
                "rahman", "abu"}
# a newspaper's word after its city's name: "two Los Angeles Times journalists", "the Washington Post"
_NEWSPAPER = {"Times", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Journal"}
# given names before a middle or last name that is also a town's ("Julio Hernando Palacios")
_GIVEN_FIRST = _GIVEN_NAMES | {"julio", "jose", "juan", "carlos", "luis", "jorge", "pedro", "manuel", "francisco",
                               "antonio", "miguel", "jesus", "javier", "fernando", "rafael", "ricardo", "roberto",
                               "alberto", "eduardo", "mario", "hector", "john", "james", "william", "david", "michael",
                               "robert", "thomas", "peter", "paul", "george", "hussein", "omar", "mustafa"}
# "Bab al Mu'azzam": a name that goes on after a lower-case article
_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "az", "bin", "ibn", "abu", "bani"}
# a country's name before one of these names a street or a building ("Palestine Street", "the Lebanon Hotel")
_COUNTRY_NAMED = {"street", "st", "road", "avenue", "square", "boulevard", "bridge", "hotel", "gate"}
_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b")
# after a town name they make a street or square of it ("Palestine Street", "Zion Square")
_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "square", "boulevard", "lane", "highway", "gate"}  # (and
# "the Brandenburg Gate in Berlin", "the Damascus Gate")
# the head of a group's name after a place's: "the Salah al-Din Brigades", "the Kirkuk Battalion"
_GROUP_HEADS = {"brigades", "brigade", "battalion", "battalions", "regiment", "militia", "militias", "martyrs"}
# the first word after a town's name that makes the name a local body of that town ("the Puerto Triunfo Council",
# "Olbia City Hall", "a Saravena Municipal Councilor", "the Kathmandu Development Committee"): the town is named
_LOCAL_BODY = {"council", "councilor", "councillor", "councilman", "municipal", "municipality", "city", "town", "mayor",
               "development", "provincial", "district", "village", "head", "governorate", "governorate's"}
# the last word of the name of a building or an institution: a small namesake somewhere before it ("the Grand Mosque",
# "the Gazi Police Station") is a word of that name, not a place, unless the text speaks of the namesake's country
_FACILITY_WORDS = {"mosque", "church", "temple", "hall", "station", "airport", "hotel", "hospital", "school", "college",
                   "university", "bank", "square", "street", "market", "department", "ministry", "company", "party",
                   "court", "stadium", "center", "centre", "office", "headquarters", "embassy", "consulate", "building",
                   "bridge", "road", "museum", "library", "club", "restaurant", "cafe", "factory", "prison", "base",
                   "barracks", "garden", "park", "palace", "tower", "academy", "institute", "council", "metro", "subway",
                   "theatre", "theater", "cathedral", "arena", "mall", "plaza", "monument", "cemetery", "shrine"}
# the last word of a longer name that makes it a building's, not a town's ("the Santa Isabel de Hungria Parish")
_BUILDING_ENDS = _FACILITY_WORDS | {"parish", "diocese"}
# the rest of a longer name after a particle: "[Valencia] de Jesus", "[Villalba] di Guidonia", "[Palma] de Majorca"
_PARTICLE_TAIL = re.compile(r" (?:de|di|del|della|da|do|dos|du|des) ([A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?")
# the place a named building stands in: "... Airport in Istanbul"
_IN_NAMED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
# the last word of a town's own public office: the town named before it is where it is
_TOWN_OFFICE_ENDS = {"inspectorate", "directorate", "prefecture", "municipality", "administration", "courthouse",
                     "precinct", "commissariat", "headquarters"}
_FACILITY_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){1,3}")
# a full stop with no space after it between two words: "in Mosul.The attack"
_MISSING_SPACE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")
# "Ain al-Hilweh", "Jurf al-Sakhar": a name that goes on after a lower-case article joined by a hyphen
_ARTICLE_WORD = re.compile(rf"^(?:{_AR_ARTICLES})[ -]", re.I)  # "Al Kut": a name's own article
_LOWER_ARTICLE = re.compile(rf"(?:{_AR_ARTICLES})-[A-Z]")  # "al-Ramadi": a name that starts lower-case
_ARTICLE_JOINED = re.compile(rf"(?:{_AR_ARTICLES}|ul|ud|ibn|bin|bani|abu|bou|ben)-[A-Z]")
# right before a name in the slot of a place: "fired in Shanga", "a checkpoint near the Rabiya"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|(?:town|village|city|settlement|hamlet) of)\s+(?:the\s+)?$")
# where a place name ends its noun phrase: "in Shanga, killing", "in Shanga on Monday", not "at Pan American"
PHRASE_END = re.compile(r"\s*(?:[,.;:()]|$)|\s+(?:in|on|at|near|and|to|from|with|where|when|while|after|before|during|"
                         r"killing|wounding|injuring|but|which|who|as|by|for|was|were|is|had|has|area|town|village|city|"
                         r"settlement|district|neighbou?rhood|province|region|[a-z]+ed|(?:north|south)(?:east|west)?|east|west|about|some)\b")
# between a place called by its kind and its parent: "X area, Y, Z", "X neighbourhood of western Y", "X village
# near Y"; not "X neighbourhood from Y"
_PARENT_GAP = re.compile(r"\s*[(,]\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,\s*){0,2}|"
                         r"\s+(?:[a-z]+\s+){0,2}(?:of|in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|"
                         r"southern|eastern|western|downtown|(?:north|south)-?(?:east|west)(?:ern)?)\s+)?"
                         r"(?:(?:part|outskirts|suburbs) of\s+(?:the\s+)?)?|"
                         r",\s*(?:near|(?:north|south|east|west)\w* of)\s+")
# a quarter of a town: "the Amil neighbourhood of southwest Baghdad", "Kamenge area, Bujumbura"
_QUARTER_WORDS = {"area", "neighbourhood", "neighborhood", "locality", "market", "bazaar"}
_QUARTER_APPOSITIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}(?:district|suburb|neighbou?rhood|quarter|section|area)\s+"
                                 r"(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?")
# "X district of Y", "X section of southern Y", "X neighbourhood (,) in Y": a part written before the whole it belongs to
_PART_OF_WORDS = {"district", "section", "suburb", "quarter", "area", "neighbourhood", "neighborhood"}
_PART_OF = re.compile(r",?\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                      r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?")
_NAME_TAIL_QUARTER_OF = re.compile(r"(?:\s+(?!(?:from|to|into|towards?|and|or|after|before|while|but)\b)[\w'’-]+){1,3}?\s+(?:neighbou?rhood|district|quarter|suburb|area)\s+of\s+"
                                   r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?")
_QUARTER_OF = re.compile(r",\s*|\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")
# territories whose news names the other's places as a matter of course: an "Israeli" text about Tulkarm or a
# settlement near Bethlehem is about the West Bank, a Palestinian one about Sderot is about Israel
_COMPASS = re.compile(r"(?:North|South|East|West|Central)(?:[ -]?(?:east|west|East|West))?(?:ern)?", re.I)
_ENTWINED = {"IL": ("PS",), "PS": ("IL",)}
_KIND_NAMED = re.compile(rf"\b(?:town|city|village|hamlet|settlement|kibbutz|township) of {_NAME}(?![\w'’-])|"
                         rf"\b(?:the|in|at|near) {_NAME} (?:village|settlement|kibbutz|refugee camp)\b|"
                         # "in the Jelawar area of Arghandab district": GTD codes the area the text names
                         rf"\bthe {_NAME} (?:area|sector|locality) of (?=(?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? "
                         r"(?:district|province|sub-?district|tehsil|municipality|county|upazila)\b)")


# a settlement or a refugee camp named: "the settlement of Talmon", "the Dugit settlement", "Askar refugee camp"
_SETTLEMENT_BEFORE = re.compile(r"\b(?:settlement|refugee camp) of\s+(?:the\s+)?$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:settlement|refugee camp)\b")


_COMPASS_SIDE = re.compile(r"^(?:West|East|North|South)\s+(?=[A-Z])")
_CHAIN_GAP_UNKNOWN = re.compile(r",\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*")  # "Morek, Muhradah, Hama": a link it lacks
# "near Robotyne in Polohy district": an unknown name, then the division it lies in
_IN_A_DISTRICT = (r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:district|province|region|county|oblast|"
                  r"governorate|municipality|raion|rayon|department)|"
                  # "in Galeria, in Haute-Corse department" (but "in Gulsanam, in the Mirzo-Ulughbek district of
                  # Tashkent" is a quarter of the city)
                  r",\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+department)\b")
_ROAD_MARKERS = {"mile", "km", "kilometre", "kilometer", "route", "exit"}
_LAST_LINK_BEFORE = re.compile(r"(?:\(|[A-Za-z], )[^()\n]{0,60},\s*$")
_BRACKET_CLOSED = re.compile(r" (?:[,.;:]|\s|$)")  # the reader turns "(X, Y)" into ", X, Y ..."


def _is_settlement(text: str, s: int, e: int) -> bool:
    """Whether the text calls the name at ``text[s:e]`` a settlement or a refugee camp."""
    return _SETTLEMENT_BEFORE.search(text, max(0, s - 40), s) is not None or _SETTLEMENT_AFTER.match(text, e) is not None


_ALIAS_BRACKET = re.compile(r"\s*[(,]\s*")  # (a reader's copy writes the brackets as commas)
_BRACKET_PART_OF = re.compile(r"\s*\)?\s+(?:area|district|neighbou?rhood|quarter|section|suburb)\s+of\s+(?:the\s+)?"
                              r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?")


# (and "a hamlet near Larbaa, in Algeria's Blida province": the country's possessive before the division)
_IN_NEXT = re.compile(r",?\s+(?:(?:village|town|hamlet|settlement)\s+)?in\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+)?|"
                      r"\s+(?:district|county|municipality|sub-?district|tehsil|township)\s+of\s+(?:the\s+)?")  # ("Qarabagh district of Ghazni province")
_DIVISION_AFTER = re.compile(r"\s+(?:township|district|county|sub-?district|tehsil|municipality|commune|department|"
                             r"region|province|prefecture|state|governorate|oblast)\b|\s*[(,]", re.I)


def _in_the_next_division(text: str, found: list[Toponym]) -> list[Toponym]:
    """"near Kyaung Kone village in Kani township (Yinmabin, Sagaing)": the text puts the village in a division of
    another province than the same-named village the gazetteer knows; believe the text (a village it lacks there)."""
    out = sorted(found, key=lambda t: t.start)
    for k in range(len(out) - 1):
        t, nxt = out[k], out[k + 1]
        if nxt.entry.kind == "country" and k + 2 < len(out) and text[nxt.end:nxt.end + 2] in ("'s", "’s"):
            nxt = out[k + 2]  # ("in Algeria's Blida province": the division after the country)
        if t.entry.kind != "place" or nxt.entry.kind not in ("place", "admin2", "admin1") or t.entry.iso != nxt.entry.iso \
                or not t.entry.admin1 or not nxt.entry.admin1 or norm(t.entry.admin1) == norm(nxt.entry.admin1) \
                or t.entry.population >= 500_000 or not _IN_NEXT.fullmatch(text, t.end, nxt.start) \
                or not _DIVISION_AFTER.match(text, nxt.end):
            continue
        out[k] = Toponym(t.start, t.end, t.text, _inside(t.text, nxt.entry), 2, t.candidates)
    return out


# a capital that speaks for its government, not where anything happened: "Yerevan said one soldier was killed" (but
# "officials in Kabul said")
_SPEAKS = re.compile(r"\s+(?:said|says|claimed|claims|announced|reported|denied|accused|warned|insisted|confirmed|"
                     r"blamed|responded|retaliated)\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|of|to)\s+(?:the\s+)?$", re.I)
# a town that names a document, not where anything happened: "signed the Algiers peace accord in Bamako"
_NAMES_A_DOCUMENT = re.compile(r"\s+(?:peace\s+|ceasefire\s+)?(?:accords?|agreements?|protocols?|declaration|conventions?)\b"
                               r"(?!\s+(?:cent(?:er|re)|hall|complex|grounds|building))", re.I)  # (not "the Anaheim Convention Center")


# the division a name is, said after it ("Andar district"), and a written hierarchy that runs on after a name: "Muqur,
# Ghazni", "Andar district, Ghazni province"
_DIVISION_NAMED_AFTER = re.compile(r"\s+(?:district|province|county|tehsil|sub-?district|upazila)\b")
_HIERARCHY_ON = re.compile(rf"(?:{_DIVISION_NAMED_AFTER.pattern}|\s+municipality)?,\s*[A-Z]")


_CITY_SIDES = frozenset("West East North South Western Eastern Northern Southern Central".split())


def _drop_quarters(text: str, found: list[Toponym]) -> list[Toponym]:
    """A quarter written right before the city it lies in ("the Amil neighbourhood of western Baghdad",
    "Kamenge area, Bujumbura"): the city is the place the event is coded at; a quarter of a district or of a
    small town ("Rigreshin area of Muqur") stays."""
    out = []
    skip: set[int] = set()
    for k, t in enumerate(found[:-2]):
        # "the al-Qahirah (Cairo) area of northern Baghdad": a quarter, its other name in brackets, then the city
        b, city = found[k + 1], found[k + 2]
        if _ALIAS_BRACKET.fullmatch(text, t.end, b.start) and city.entry.kind == "place" \
                and city.entry.population >= 100_000 and _BRACKET_PART_OF.fullmatch(text, b.end, city.start):
            skip.update((k, k + 1))
    for k, t in enumerate(found):
        if k in skip:
            continue
        hint = _HINT.match(text, t.end)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.entry.kind == "admin2" and t.entry.iso == nxt.entry.iso \
                and (t.entry.kind == "admin1" or norm(t.entry.name) == norm(t.entry.admin1 or "") and t.entry.population < 1_000_000) \
                and re.fullmatch(r"(?:\s+province)?['’]s\s+", text[t.end:nxt.start]) and _HINT.match(text, nxt.end):
            # "in Yala's Bannang Sata district": the province the district is in, not where it happened (but
            # "Baghdad's Alawi district" is a quarter of the city)
            continue
        side, _, rest = t.text.partition(" ")
        if nxt is not None and side in _CITY_SIDES and rest == nxt.text and nxt.entry.kind in ("place", "admin1") \
                and re.fullmatch(r",\s*", text[t.end:nxt.start]):
            continue  # "West Beirut, Beirut, Lebanon": the side of the city, then the city the event is coded at
        if nxt is not None and t.entry.kind in ("place", "admin2") and nxt.entry.kind == "place" \
                and nxt.entry.population >= 100_000 and _QUARTER_APPOSITIVE.fullmatch(text, t.end, nxt.start):
            continue  # "Sadr City, a Shiite district of Baghdad", "Laureles, a neighborhood in Medellin"
        if hint and hint.group("hint").lower() in _PART_OF_WORDS and nxt is not None and t.entry.kind in ("place", "admin2") \
                and nxt.entry.kind in ("place", "admin2") and _PART_OF.fullmatch(text, hint.end(), nxt.start) \
                and not (_HIERARCHY_ON.match(text, nxt.end) and nxt.entry.population < 100_000
                         and not (nxt.entry.kind == "admin2" and t.candidates)
                         or _DIVISION_NAMED_AFTER.match(text, nxt.end)):
            # (nor "the Miray area of Andar district": a part of a district, not of a town, is where GTD codes it)
            # (a city of 100,000 or more, or a municipality, before its province, the quarter a name known elsewhere:
            # "the Valle Hermoso neighbourhood of Celaya (Guanajuato)")
            # "the Yaha district of Yala", "the Glifadha section of Athens": the event is coded at the town; not
            # in a written hierarchy ("Rigreshin area of Muqur, Ghazni, Afghanistan"), which runs to its smallest part
            continue
        m = _NAME_TAIL_QUARTER_OF.match(text, t.end) if nxt is not None else None
        if m is not None and any(q.start == m.end() and q.entry.kind == "place" and q.entry.population >= 100_000
                                 for q in found[k + 1:k + 4]):
            # "the Dar es Salam neighbourhood of Omdurman": a quarter whose name the gazetteer knows in part (and
            # any name inside it; not "moved to Fallujah from a Shiite neighbourhood of Baghdad")
            skip.update(j for j in range(k + 1, min(k + 4, len(found))) if found[j].end <= m.end())
            continue
        if hint and hint.group("hint").lower() in _QUARTER_WORDS and nxt is not None and t.entry.kind == "place" \
                and nxt.entry.kind == "place" and _QUARTER_OF.fullmatch(text, hint.end(), nxt.start):
            after = _HINT.match(text, nxt.end)
            if nxt.entry.population >= 100_000 or (after and after.group("hint").lower() == "city"):
                continue
        out.append(t)
    return out


class Gazetteer:
    """Names → entries, and a geoparser that reads the whole text for context.

    The shipped tables parse in about two seconds; the parsed form is cached as a pickle in
    ``$KHABAR_CACHE_DIR`` (default ``~/.cache/khabar``), keyed by a hash of the tables, so later
    start-ups take a fraction of that.  Entries stay plain tuples until a lookup asks for one.
    """

    def __init__(self, rows: list[tuple], index: dict[str, tuple[int, ...]], stopwords: set[str],
                 demonyms: dict[str, str], max_tokens: int,
                 skeletons: dict[str, dict[int, tuple]] | None = None) -> None:
        self._rows = rows
        self.index = index
        self.stopwords = stopwords
        self.demonyms = demonyms  # "pakistani" -> "PK"
        self._max_tokens = max_tokens
        self._entries: dict[int, GazEntry] = {}
        # per country: skeleton of a name -> entries, for tolerant(); built with the cache
        self._skeletons = skeletons if skeletons is not None else _skeleton_index(rows, index)
        self._cities: dict[str, tuple[int, ...]] | None = None  # see _city_deletions
        self.countries: dict[str, GazEntry] = {}
        for i, r in enumerate(rows):
            if r[1] == "country" and (r[3] not in self.countries or self.countries[r[3]].geonameid is None):
                self.countries[r[3]] = self.entry(i)  # GeoNames' own row over a curated former name

    def entry(self, i: int) -> GazEntry:
        e = self._entries.get(i)
        if e is None:
            e = self._entries[i] = GazEntry(*self._rows[i])
        return e

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        data = resources.files("khabar.data")
        try:
            raw_gz = data.joinpath("geonames_places.tsv.gz").read_bytes()
        except (OSError, FileNotFoundError) as exc:
            raise ResourceError(f"the gazetteer is missing ({exc}); rebuild it with "
                                "`python -m khabar.resolve.build_gazetteer`", source="khabar/data/geonames_places.tsv.gz") from None
        extra = data.joinpath("gazetteer_additions.tsv").read_bytes()
        stop_raw = data.joinpath("toponym_stopwords.txt").read_bytes()
        dem_raw = data.joinpath("demonyms.tsv").read_bytes()
        cw_raw = data.joinpath("admin1_crosswalk.tsv").read_bytes()
        digest = hashlib.sha1(b"".join((str(_CACHE_VERSION).encode(), raw_gz, extra, stop_raw, dem_raw, cw_raw))).hexdigest()[:16]
        cache = os.path.join(_cache_dir(), f"gazetteer-{digest}.pickle")
        try:
            with open(cache, "rb") as fh:
                return cls(*pickle.load(fh))
        except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError):
            pass
        try:
            raw = gzip.decompress(raw_gz).decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise ResourceError(f"the gazetteer is corrupt ({exc}); rebuild it with "
                                "`python -m khabar.resolve.build_gazetteer`", source="khabar/data/geonames_places.tsv.gz") from None
        rows: list[tuple] = []
        # one string object for each kind, country, code, province and district name, however many rows share
        # it (the pickle then stores it once, and the loaded table holds it once: tens of MB less)
        pool = {}.setdefault
        index: dict[str, list[int]] = {}
        mx = 1
        for text in (extra.decode("utf-8"), raw):
            header = True
            for line in text.split("\n"):
                if not line or line[0] == "#":
                    continue
                if header:
                    header = False
                    continue
                kind, name, alts, iso, country, a1, a1iso, a2, lat, lon, pop, gid = line.split("\t")
                if kind == "admin2" and (fr := _FRENCH_DIVISION.match(name)):
                    # "Departement de la Mayenne", "Province du Seno": the news and ACLED say "Mayenne", "Seno"
                    name, alts = fr.group(1), f"{name}|{alts}" if alts else name
                i = len(rows)
                rows.append((name, pool(kind, kind), pool(country, country), pool(iso, iso), pool(a1, a1) or None,
                             pool(a1iso, a1iso) or None, pool(a2, a2) or None, _f(lat), _f(lon),
                             int(pop or 0), int(gid) if gid else None))
                seen = set()
                names = [name, *alts.split("|")] if alts else [name]
                if kind == "place":
                    names += _short_names(name)
                for n in names:
                    k = _norm(n)
                    variants = _spellings(k) if kind in ("place", "admin2") else _province_spellings(k) if kind == "admin1" else ()
                    for v in (k, *variants):
                        if v and v not in seen:
                            seen.add(v)
                            index.setdefault(v, []).append(i)
                            mx = max(mx, v.count(" ") + 1)
        stop = {_norm(w) for w in stop_raw.decode("utf-8").split("\n") if w and not w.startswith("#")}
        demonyms = {}
        for line in dem_raw.decode("utf-8").split("\n")[1:]:
            if line and not line.startswith("#"):
                d, iso, _ = line.split("\t")
                demonyms[_norm(d)] = iso
        for i, row in enumerate(rows):  # "Salah ad Din Governorate" is also "Salah ad Din" and "Salah al-Din"
            if row[1] == "admin1":
                for k in _province_bare_names(_norm(row[0])):
                    if k not in index:
                        index[k] = [i]
        # a province by the name the news and ACLED give it, where GeoNames has an older or English one: "Lazio"
        # (Latium), "Hrodna" (Grodnenskaya); from the admin1 crosswalk, which scoring reads too
        first_level = {(row[3], _norm(row[0])): i for i, row in enumerate(rows) if row[1] == "admin1"}
        for iso, level, old, new in read_table("admin1_crosswalk.tsv"):
            if level == "admin1" and (i := first_level.get((iso, _norm(old)))) is not None:
                for k in (_norm(new), *_province_spellings(_norm(new))):
                    if k and k not in index:  # (a name of its own already, a city's: "Sfax", "Yogyakarta", stays it)
                        index[k] = [i]
        frozen = {k: tuple(v) for k, v in index.items()}
        args = (rows, frozen, stop, demonyms, min(mx, 5), _skeleton_index(rows, frozen))
        try:
            os.makedirs(_cache_dir(), exist_ok=True)
            tmp = f"{cache}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(args, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home: parse each time
        return cls(*args)

    # -- lookups -------------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[GazEntry]:
        return [self.entry(i) for i in self.index.get(norm(name), ())]

    def country(self, name_or_iso: str) -> GazEntry | None:
        if len(name_or_iso) == 2 and name_or_iso.isupper() and name_or_iso in self.countries:
            return self.countries[name_or_iso]
        for e in self.lookup(name_or_iso):
            if e.kind == "country":
                return e
        k = norm(name_or_iso)
        aliases = {"usa": "US", "us": "US", "united states of america": "US", "uk": "GB", "britain": "GB",
                   "great britain": "GB", "england": "GB", "northern ireland": "GB", "west germany": "DE",
                   "east germany": "DE", "ussr": "RU", "soviet union": "RU", "drc": "CD", "dr congo": "CD",
                   "democratic republic of the congo": "CD", "congo kinshasa": "CD", "republic of the congo": "CG",
                   "ivory coast": "CI", "bosnia herzegovina": "BA", "bosnia": "BA", "cote d ivoire": "CI", "burma": "MM", "west bank and gaza strip": "PS",
                   "gaza strip": "PS", "west bank": "PS", "west bank gaza": "PS", "gaza": "PS", "palestine": "PS", "palestinian territories": "PS",
                   "kosovo": "XK", "yugoslavia": "RS", "czechoslovakia": "CZ", "rhodesia": "ZW", "zaire": "CD",
                   "south vietnam": "VN", "north yemen": "YE", "south yemen": "YE", "macedonia": "MK", "swaziland": "SZ",
                   "east timor": "TL", "turkey": "TR", "turkiye": "TR", "russia": "RU", "syria": "SY", "iran": "IR",
                   "laos": "LA", "vietnam": "VN", "south korea": "KR", "north korea": "KP", "bolivia": "BO",
                   "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "czech republic": "CZ",
                   "democratic republic of congo": "CD", "fry": "RS", "federal republic of yugoslavia": "RS",
                   "serbia montenegro": "RS", "serbia and montenegro": "RS", "trinidad tobago": "TT",
                   "trucial states": "AE", "trucial oman states": "AE", "transkei": "ZA", "south west africa": "NA",
                   "swaf": "NA"}
        iso = aliases.get(k)
        return self.countries.get(iso) if iso else None

    def tolerant(self, name: str, iso: str | None) -> GazEntry | None:
        """The place of country ``iso`` that a name the gazetteer lacks most likely means: another
        transliteration ("Mahmoudiya" for Al Mahmudiyah, "Tal Afar" for Tall 'Afar) or a slip of one letter
        ("Baranquilla").  Names compare by a skeleton (no article, no vowel digraphs, no doubled letters)
        within an edit distance of one (two for long names); a tie goes to the larger place.  With no
        country (``iso=None``), only a place of 10,000 people or more whose skeleton is the same."""
        key = _skeleton(norm(name))
        if len(key) < 5:
            return None
        if iso is None:
            hits = [j for by_len in self._skeletons.values()
                    for k, ids in zip(*by_len.get(len(key), ((), ())), strict=True) if k == key
                    for j in ((ids,) if isinstance(ids, int) else ids) if self._rows[j][9] >= 10_000]
            if not hits:  # a slip of one letter in the name of a city ("Kurkuk", "Tirkit", "Baquabah", "Irbil")
                cities = self._city_deletions()
                hits = [j for v in (key, *_deletions(key)) for j in cities.get(v, ())]
            return self.entry(max(hits, key=lambda j: self._rows[j][9])) if hits else None
        by_len = self._skeletons.get(iso, {})
        limit = 1 if len(key) < 9 else 2
        best, best_rank = None, None
        for n in range(len(key) - limit, len(key) + limit + 1):
            keys, vals = by_len.get(n, ((), ()))
            for k, ids in zip(keys, vals, strict=True):
                if k[:1] != key[:1] and k[-1:] != key[-1:]:
                    continue
                d = 0 if k == key else edit_distance(k, key, limit)
                if d > limit:
                    continue
                for j in (ids,) if isinstance(ids, int) else ids:
                    rank = (d, -self._rows[j][9])
                    if best_rank is None or rank < best_rank:
                        best, best_rank = j, rank
        return self.entry(best) if best is not None else None

    def _city_deletions(self) -> dict[str, tuple[int, ...]]:
        """The skeletons of the own names of places of 100,000 people or more, and each of them less one letter
        -> entries: two names one slip apart share a key (built on first use, once, in some 50 ms)."""
        if self._cities is None:
            out: dict[str, list[int]] = {}
            for j, r in enumerate(self._rows):
                if r[1] == "place" and r[9] >= 100_000:
                    for name in (r[0], *_short_names(r[0])):
                        k = _skeleton(_norm(name))
                        if len(k) >= 5:
                            for v in (k, *_deletions(k)):
                                out.setdefault(v, []).append(j)
            self._cities = {k: tuple(v) for k, v in out.items()}
        return self._cities

    # -- geoparsing ----------------------------------------------------------------------------------
    def _candidates(self, text: str) -> list[tuple[int, int, str, list[int]]]:
        toks = []
        raws: list[str] = []  # each word as written
        caps = []  # the words that start with a capital: where a name may start
        for m in _WORD.finditer(text):
            a, b = m.span()
            w = m.group(0)
            glued = _MISSING_SPACE.search(w) if "." in w else None  # "in Mosul.The attack": two words
            if glued:
                g = a + glued.start()
                parts = ((a, g + 1, text[a:g + 1]), (g + 2, b, text[g + 2:b]))
            else:
                parts = ((a, b, w),)
            for a, b, w in parts:
                raws.append(w.rstrip(".'’-"))  # ("Cox's Bazar": a possessive inside a name)
                w = (w[:-2] if w.endswith(("'s", "’s")) else w).rstrip(".'’-")  # no possessive 's, no final dot
                if w[:1].isupper() or _LOWER_ARTICLE.match(w):  # (and "al-Ramadi", "el-Arish")
                    caps.append(len(toks))
                toks.append((a, b, w))
        letters = list(filter(str.isalpha, text[:2000]))
        all_caps = bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.85
        out = []
        surnames: set[str] = set()  # town names the text has used as a person's surname
        n = len(toks)
        nxt_i = 0
        for i in caps:
            if i < nxt_i:
                continue  # inside the last name found
            s0, _, w0 = toks[i]
            # a name is a run of words, each capitalised, a connector ("of", "al") or joined by an article
            # ("al-Hilweh"), with at most two characters between two of them, no line break and no comma
            limit = min(self._max_tokens, n - i)
            run = 1
            while run < limit:
                w = toks[i + run][2]
                gap = text[toks[i + run - 1][1]:toks[i + run][0]]
                if len(gap) > 2 or "\n" in gap or "," in gap or not (
                        w[:1].isupper() or w.lower() in _CONNECT or ("-" in w and _ARTICLE_JOINED.match(w))):
                    break
                run += 1
            hit = None
            for length in range(run, 0, -1):
                span = toks[i:i + length]
                words = [t[2] for t in span]
                key = norm(" ".join(words))
                if words[-1].lower() in _CONNECT and (length > 1 or not _connector_named(text, s0, s0 + len(words[0]), words[0])) \
                        and not (length > 1 and words[-1][0].isupper() and key in self.index):
                    continue  # a connector ("de", "van") that is no one-word place here (but "Beit El" is a name)
                ids = self.index.get(key)
                if ids is None and length > 1 and raws[i + length - 2] != words[-2]:
                    key_raw = norm(" ".join(raws[i:i + length - 1] + [words[-1]]))
                    if key_raw in self.index:
                        key, ids = key_raw, self.index[key_raw]
                if key in self.stopwords:
                    end = span[-1][0] + len(span[-1][2])
                    if ids and _LAST_LINK_BEFORE.search(text, max(0, s0 - 80), s0) and (
                            text[end:end + 1] == ")" or _BRACKET_CLOSED.match(text, end)):
                        # "Tripoli (Tripoli, North)", "Colombo (Colombo, Western)": the last link of a
                        # bracketed hierarchy is a province even when its name is a common word
                        near = {self._rows[j][3] for c in out[-2:] if s0 - c[1] < 80 for j in c[3]}
                        ids = tuple(j for j in ids if self._rows[j][1] in ("admin1", "admin2") and self._rows[j][3] in near)
                    else:
                        ids = ()
                    if not ids:
                        if length == 1:
                            break
                        continue
                if not ids and _LOWER_ARTICLE.match(words[0]):
                    # "al-Ramadi": Ramadi, a place whose own name this is ("al-Qahira" is no Baghdad quarter's Cairo)
                    bare = norm(" ".join([words[0].split("-", 1)[1], *words[1:]]))
                    ids = () if bare in self.stopwords else tuple(
                        j for j in self.index.get(bare, ()) if bare in (norm(self._rows[j][0]), norm(_ARTICLE_WORD.sub("", self._rows[j][0]))))
                if ids and length == 1 and not all_caps and w0.isupper() and len(w0) <= 5:
                    ids = tuple(j for j in ids if self._rows[j][1] in ("country", "admin1"))
                if ids:
                    if all_caps:
                        ids = [j for j in ids if self.entry(j).kind != "place" or self.entry(j).population >= 20000]
                        if not ids:
                            continue
                    end = span[-1][0] + len(span[-1][2])
                    hit = (s0, end, text[s0:end], ids, length)
                    break
            if hit is None:
                continue
            # a town name inside a longer proper name ("Jorge Aguirre", "Orange Order Hall") is not a place
            length = hit[4]
            before_word = toks[i - 1][2] if i > 0 else ""
            after_word = toks[i + length][2] if i + length < n else ""
            if i > 1 and before_word in _NAME_PARTICLES and toks[i - 2][2][:1].isupper() and not all_caps \
                    and not (out and out[-1][1] == toks[i - 2][1]) \
                    and text[toks[i - 2][1]:toks[i - 1][0]] == " " and text[toks[i - 1][1]:s0] == " ":
                nxt_i = i + length  # "Maguindanao del Sur": the end of a longer name, not "Sur" (a known first word
                continue  # is read with its tail later: "Villalba di Guidonia")
            glued_before = i > 0 and text[toks[i - 1][1]:s0] == " " and before_word[:1].isupper() \
                and before_word.lower() not in _LOOSE_NEIGHBOURS and not all_caps \
                and not re.search(r"['’]s$|[.!?]$", text[toks[i - 1][0]:toks[i - 1][1]]) \
                and not any(self._rows[j][1] in ("country", "admin1") for j in self.index.get(norm(before_word), ()))
            glued_after = i + length < n and text[hit[1]:toks[i + length][0]] == " " and not all_caps \
                and not re.search(r"['’]s$", text[toks[i + length - 1][0]:toks[i + length - 1][1]]) \
                and after_word.lower() not in _DIVISION_WORDS and after_word.lower() not in _LOCAL_BODY and (  # "Kirkuk Governorate", "Begumganj Upazila"
                (after_word[:1].isupper() and (norm(after_word) not in self.stopwords or after_word.lower() in _GIVEN_NAMES)
                 and not any(self._rows[j][1] in ("country", "admin1") for j in self.index.get(norm(after_word), ())))
                or _ARTICLE_JOINED.match(after_word) is not None
                or (after_word[:1].isupper() and after_word.lower() in _STREET_WORDS)  # not "a Damascus street"
                or (after_word in _ARTICLES and after_word not in ("an", "as") and i + length + 1 < n
                    and toks[i + length + 1][2][:1].isupper()))  # "Bab al Mu'azzam", not "Athens an American"
            if glued_after and after_word[:1].isupper() and after_word.lower() not in _STREET_WORDS \
                    and any(self._rows[j][9] >= 100_000 for j in hit[3]):
                fac = _FACILITY_AFTER.match(text, hit[1])
                if fac and any(w.lower() in _FACILITY_WORDS for w in fac.group(0).split()):
                    glued_after = False  # "Miami International Airport", "Basra High School": the city's
            if glued_after and after_word[:1].isupper() and any(self._rows[j][9] >= 20_000 for j in hit[3]):
                fac = _FACILITY_AFTER.match(text, hit[1])
                if fac and fac.group(0).split()[-1].lower() in _TOWN_OFFICE_ENDS:
                    glued_after = False  # "the Siauliai Tax Inspectorate", "the Sopore Police Station": the town's office
            if glued_after and after_word.lower() in _GROUP_HEADS and all(self._rows[j][1] != "country" for j in hit[3]):
                nxt_i = i + length  # "the al-Nasir Salah al-Din Brigades": a word of a group's name, not the province
                continue
            if (glued_before or glued_after) and all(self._rows[j][1] in ("place", "admin2") for j in hit[3]) or \
                    glued_before and length == 1 and all(self._rows[j][1] in ("place", "admin2", "admin1") for j in hit[3]) \
                    and not _HINT.match(text, hit[1]):  # "Manuel Giraldo Herrera": a surname, not the province
                if glued_before and length == 1 and (not glued_after or toks[i - 1][2].lower() in _GIVEN_FIRST):
                    surnames.add(norm(hit[2]))  # (and a middle name: "Julio Hernando Palacios ... Hernando")
                nxt_i = i + length
                continue
            if i > 0 and before_word.lower().rstrip(".") in TITLES and text[toks[i - 1][1]:s0] == " " \
                    and all(self._rows[j][1] == "place" for j in hit[3]):
                surnames.add(norm(hit[2]))
                nxt_i = i + length  # "Prime Minister Sharon", "General Santander": a person
                continue
            if norm(hit[2]) in surnames and not _LOCATIVE_BEFORE.search(text, max(0, s0 - 40), s0) \
                    and not re.match(r",\s*[A-Z]", text[hit[1]:hit[1] + 3]):  # (not "visited Lincoln, Nebraska")
                nxt_i = i + length  # "Felix Argana ... to injure Argana": the person again, by surname
                continue
            out.append(hit[:4])
            nxt_i = i + length
        return out

    def geoparse(self, text: str, focus: str | None = None, hints: dict[str, float] | None = None) -> list[Toponym]:
        """Place names in ``text``, resolved.  ``focus``: the country the text is about; ``hints``: other
        evidence of countries, by weight (the national actors the text names: FARC, Hamas)."""
        cands = self._candidates(text)
        if not cands:
            return []
        # context: countries and provinces the text names, demonyms
        countries: dict[str, float] = {}
        if focus:
            countries[focus] = 3.0
        for m in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s[a-z]|\W)", text):
            iso = self.demonyms.get(norm(m.group(0))) or self.demonyms.get(norm(m.group(0).split()[-1]))
            if iso:
                countries[iso] = countries.get(iso, 0) + 1.0
        admin1s: set[tuple[str, str]] = set()
        own: dict[int, float] = {}  # the evidence a unique name gives its own country
        for ci, (_s, e, _, ids) in enumerate(cands):
            kinds = {self.entry(j).kind for j in ids}
            if "country" in kinds and "admin1" not in kinds:  # "Iraq" (also a town in Iran) is the country
                iso = next(self.entry(j).iso for j in ids if self.entry(j).kind == "country")
                countries[iso] = countries.get(iso, 0) + 2.0
            elif "country" not in kinds and len({self.entry(j).iso for j in ids}) == 1:
                # a name only places of one country bear ("Baghdad", "Mosul"; "Igdir", the province and its
                # town) is evidence of that country
                iso = self.entry(ids[0]).iso
                own[ci] = 1.0 if max(self.entry(j).population for j in ids) >= 20000 else 0.5
                countries[iso] = countries.get(iso, 0) + own[ci]
            hint = _HINT.match(text, e)
            hint_word = hint.group("hint").lower() if hint else ""
            for j in ids:
                x = self.entry(j)
                if x.kind == "admin1" and (hint_word in _ADMIN1_HINT or len(ids) == 1):
                    admin1s.add((x.iso, norm(x.admin1 or x.name)))
        # a document about one country: small places elsewhere that share a name are noise (filtered below)
        strong = {iso for iso, w in countries.items() if w >= 2.0}
        for iso, w in (hints or {}).items():  # weaker evidence: it weighs candidates but filters nothing
            countries[iso] = countries.get(iso, 0.0) + w
        for iso in [iso for iso in countries if iso in _ENTWINED]:  # an Israeli text may be about the West Bank
            for other in _ENTWINED[iso]:
                countries[other] = max(countries.get(other, 0.0), countries[iso] / 2)
        out: list[Toponym] = []
        top = max(countries.values(), default=0.0)
        placed_by_text: dict[str, GazEntry] = {}
        for idx, (s, e, surface, ids) in enumerate(cands):
            if norm(surface) in self.demonyms and not _HINT.match(text, e):
                continue  # "a Somali peace conference": the nationality, not Ethiopia's Somali Region
            nxt_word = _NEXT_WORD.match(text, e)
            if nxt_word and nxt_word.group(1).lower() in _COUNTRY_NAMED and (
                    any(self._rows[j][1] == "country" for j in ids)
                    or nxt_word.group(1)[0].isupper() and nxt_word.group(1).lower() in _STREET_WORDS):
                # "the Palestine Hotel", "a court on Palestine Street", "a crowd in Aden Square, in northern Baghdad":
                # a building or a street, not the country or the town
                continue
            if surface.lower() in _ROAD_MARKERS and re.match(r"\s+\d", text[e:e + 3]):
                continue  # "at Mile 90 in Bamenda", "Kilometre 12": a marker on a road, not a town of that name
            if nxt_word and nxt_word.group(1) in _NEWSPAPER:
                continue  # "two Los Angeles Times journalists", "the Washington Post": a newspaper, not the city
            if _COMPASS.fullmatch(surface) and re.match(r"\s+of\s", text[e:e + 5]):
                continue  # "Southwest of Jenin": a direction, not Cameroon's Southwest Region
            fac = _FACILITY_AFTER.match(text, e)
            # (not "the Puerto Triunfo Council": the town's own council)
            building = fac is not None and fac.group(0).split()[0].lower() not in _LOCAL_BODY \
                and any(w.lower() in _FACILITY_WORDS for w in fac.group(0).split())
            if building and all(
                    self._rows[j][1] == "place" and self._rows[j][9] < 1_000_000
                    and countries.get(self._rows[j][3], 0.0) - own.get(idx, 0.0) <= 0 for j in ids) and (
                    max(self._rows[j][9] for j in ids) < 100_000
                    or any(w > 0 for iso, w in countries.items() if iso not in {self._rows[j][3] for j in ids})):
                # "the Grand Mosque", "the Gazi Police Station in Istanbul": a word of a building's name; a city
                # before one ("Miami International Airport") is the place unless the text is about elsewhere
                continue
            if building and self._town_after(text, fac.end()) and all(
                    self._rows[j][1] != "country" and self._rows[j][9] < 1_000_000 for j in ids):
                continue  # "the Ataturk Airport in Istanbul": the building's name; the place follows it
            hint = _HINT.match(text, e)
            hint_word = hint.group("hint").lower() if hint else ""
            nxt = [c for c in cands[idx + 1: idx + 3] if c[0] - e < 60]
            key = norm(surface)
            # the links that follow, not counting the name written again ("Tripoli (Tripoli, North)": its own
            # name is no evidence of where it lies, the last link is)
            links, end = [], e
            for c in cands[idx + 1: idx + 4]:  # (a link is written right after the last: not "Bogota, Colombia, and
                if c[0] - e >= 60 or not _CHAIN_OR_BRACKET_GAP.fullmatch(text, end, c[0]):  # demanded to be flown to
                    break  # Cuba")
                end = c[1]
                if norm(c[2]) != key:
                    links.append(c)
            nxt_entries = [self.entry(j) for c in links[:2] for j in c[3]]
            prev = cands[idx - 1] if idx > 0 else None
            chain_parent = (prev is not None and _CHAIN_GAP.fullmatch(text, prev[1], s) is not None) or \
                _CHAIN_BEFORE.search(text, max(0, s - 60), s) is not None  # after a name the gazetteer lacks
            prev_links: dict[str, dict[str, set[str]]] = {}
            if chain_parent and prev is not None:
                for j in prev[3]:
                    y = self.entry(j)
                    if y.admin1:
                        prev_links.setdefault("admin1", {}).setdefault(y.iso, set()).add(norm(y.admin1))
                    if y.admin2:
                        prev_links.setdefault("admin2", {}).setdefault(y.iso, set()).add(norm(y.admin2))
            best, best_score = None, -1e9
            # a town of 10,000 or more people whose own name this is goes before one that goes by it only as
            # another name ("Bethlehem" is Bethlehem before Belém, whose old name it is)
            own_name = {j for j in ids if self._rows[j][1] == "place" and self._own_name(j, key)} if len(ids) > 1 else ()
            own_name = own_name if any(self._rows[j][9] >= 10_000 for j in own_name) else ()
            biggest_place = max((self._rows[j][9] for j in ids if self._rows[j][1] == "place"), default=0)
            # a capital that shares its name with a province or district of its country is the capital
            # ("Washington", "Belgrade")
            province_isos = {self._rows[j][3] for j in ids if self._rows[j][1] in ("admin1", "admin2")} \
                if not any(self._rows[j][1] == "country" for j in ids) else set()
            # "the holy Shiite city of Karbala", "the town of Taza": the town, not the province of its name
            town_of = _TOWN_OF_BEFORE.search(text, max(0, s - 60), s) is not None
            for j in ids:
                x = self.entry(j)
                sc = {"country": 3.0, "admin1": 2.2, "admin2": 1.6, "place": 1.0}[x.kind]
                if town_of and countries.get(x.iso, 0.0) - own.get(idx, 0.0) > 0:  # (of the text's country: not
                    # Morocco's Taza in Iraq)
                    sc += 3.0 if x.kind == "place" else -1.0
                if x.kind == "admin1" and biggest_place > 10 * x.population:
                    sc = 1.0  # a province smaller than a town of its name is no likelier ("San Sebastian", Puerto Rico)
                if own_name and x.kind == "place" and j not in own_name:
                    sc -= 1.0
                sc += 0.45 * math.log10(x.population + 10)
                sc += 2.5 * min(countries.get(x.iso, 0), 2.0)
                if x.kind == "place" and x.iso in province_isos and capitals().get(x.iso) == x.name:
                    sc += 2.5
                elif x.kind == "place" and capitals().get(x.iso) == x.name and self._own_name(j, key) and any(
                        self._rows[k][1] == "admin1" and self._rows[k][3] != x.iso for k in ids):
                    sc += 1.0  # a country's capital before a province elsewhere ("Santiago" is Chile's, not the Dominican one)
                if x.admin1 and (x.iso, norm(x.admin1)) in admin1s and x.kind != "admin1":
                    sc += 3.0
                if hint_word in _ADMIN1_HINT:
                    sc += 4.0 if x.kind == "admin1" else -1.0
                elif hint_word in _ADMIN2_HINT:
                    sc += 4.0 if x.kind == "admin2" else (1.0 if x.kind == "place" else -1.0)
                elif hint_word in _PLACE_HINT:
                    sc += 3.0 if x.kind == "place" else -1.0
                elif x.kind == "place" and x.admin1 and norm(x.admin1) == key and not chain_parent \
                        and biggest_place <= 10 * x.population and self._own_name(j, key):
                    sc += 2.5  # a city that names its province (by its own name: not "Santiago de los Caballeros")
                if chain_parent and x.kind in ("admin1", "admin2"):
                    sc += 3.5  # "X, Farah, Afghanistan": the middle of a chain is a province or district
                    if x.iso in prev_links.get(x.kind, ()) and norm(x.admin1 if x.kind == "admin1" else x.admin2 or "") \
                            in prev_links[x.kind][x.iso]:
                        sc += 6.0  # "Kandy, Central": the Central province that holds a Kandy
                for p in nxt_entries:  # written hierarchy: "X, Y province"
                    if p.iso == x.iso and p.kind in ("admin1", "admin2", "country") and x.kind != "country":
                        if p.kind == "country" or (x.admin1 and norm(x.admin1) == norm(p.admin1 or p.name)) or \
                                (x.admin2 and norm(x.admin2) == norm(p.admin2 or p.name)):
                            sc += 6.0
                if sc > best_score:
                    best, best_score = x, sc
            assert best is not None
            if best.kind == "place" and best.population < 20_000 and top >= 1.5 \
                    and countries.get(best.iso, 0.0) - own.get(idx, 0.0) <= 0 \
                    and not _LOCATIVE_BEFORE.search(text, max(0, s - 40), s) and not hint:
                continue  # "Cars surrounding the blast", "the office of Ward no. 18" in a text about elsewhere
            parent = next((self.entry(j) for c in nxt[:1] if _CHAIN_GAP.fullmatch(text, e, c[0]) for j in c[3]
                           if self.entry(j).kind in ("admin1", "admin2") and self.entry(j).iso == best.iso), None)
            if parent is None and len(nxt) > 1 and re.fullmatch(r",\s*", text[e:nxt[0][0]]) \
                    and re.fullmatch(r",\s*", text[nxt[0][1]:nxt[1][0]]):
                # "Pauktaw, Sittwe, Rakhine": a chain of three, its last link the province
                parent = next((self.entry(j) for j in nxt[1][3] if self.entry(j).kind == "admin1"
                               and self.entry(j).iso == best.iso), None)
            if parent is None and nxt and _CHAIN_GAP_UNKNOWN.fullmatch(text, e, nxt[0][0]):
                # "Andriivka (Bakhmutskyi, Donetsk)": a district the gazetteer lacks, then the province
                parent = next((self.entry(j) for j in nxt[0][3] if self.entry(j).kind == "admin1"
                               and self.entry(j).iso == best.iso), None)
            if parent is None and nxt and _BRACKET_OPEN.fullmatch(text, e, nxt[0][0]):
                # "Nyaung Pin Thar village (Kani, Sagaing)": the last link in the brackets is the province
                links = [nxt[0]] + ([nxt[1]] if len(nxt) > 1 and re.fullmatch(r",\s*", text[nxt[0][1]:nxt[1][0]]) else [])
                parent = next((self.entry(j) for c in reversed(links) for j in c[3] if self.entry(j).kind == "admin1"
                               and self.entry(j).iso == best.iso), None)
            if parent is not None and best.kind == "place" and not best.admin1 and parent.admin1 and parent.iso == best.iso:
                best = replace(best, admin1=parent.admin1, admin1_iso=parent.admin1_iso)  # "Caloocan (Metropolitan
                # Manila)": a town the packaged data gives no province, in the one the text names
            if (parent is not None and best.kind == "place" and best.admin1 and parent.admin1
                    and norm(best.admin1) != norm(parent.admin1) and not any(
                        self.entry(j).admin1 and norm(self.entry(j).admin1) == norm(parent.admin1) for j in ids)):
                best = GazEntry(surface, "place", parent.country, parent.iso, parent.admin1, parent.admin1_iso,
                                parent.admin2, parent.lat, parent.lon, best.population if best.iso == parent.iso else 0,
                                None)  # the text places it: believe the text (a town of its country keeps its size)
                out.append(Toponym(s, e, surface, best, 2, len(ids)))
                placed_by_text[key] = best
                continue
            if parent is not None and parent.kind == "admin2" and best.kind == "place" and parent.admin2 and (
                    best.admin1 is None or parent.admin1 is None or norm(best.admin1) == norm(parent.admin1)) and (
                    best.admin2 is None or _bare_division(best.admin2) != _bare_division(parent.admin2)):
                # "Davao City, Davao del Sur province", "Monkayo, Compostela Valley province": the district or province
                # the text puts it in (the gazetteer lacks it, or keeps an older division)
                best = replace(best, admin2=parent.admin2)
            if parent is not None and len(ids) > 1 and best.kind == "place" and best.admin1 and parent.admin1 \
                    and norm(best.admin1) == norm(parent.admin1):
                placed_by_text[key] = best  # "Vail, Colorado": the Vail the text means, wherever else it names it
            longer = _PARTICLE_TAIL.match(text, e)
            if longer is not None and best.kind in ("place", "admin2") and not self.index.get(norm(text[s:longer.end()])) \
                    and norm(longer.group(1)) not in self.stopwords and self.country(longer.group(1)) is None \
                    and not re.match(r" (?:de |di |del |[A-Z])", text[longer.end():longer.end() + 4]) \
                    and longer.group(0).split()[-1].lower() not in _BUILDING_ENDS:
                # (nor an institution's name that runs on: "the Caja de Ahorros de Navarra Bank")
                # (not "the Casa de España": a country after the particle names a building)
                # "Valencia de Jesus", "Villalba di Guidonia": a longer name the gazetteer lacks, of which the known
                # town is only the first word; in the country the text is about (else that town's), no finer
                name = text[s:longer.end()]
                home = self.countries.get(max(countries, key=countries.__getitem__)) if countries else None
                home = home or best
                out.append(Toponym(s, longer.end(), name, GazEntry(name, "place", home.country, home.iso, None, None, None,
                                                                   None, None, 0, None), 2, len(ids)))
                continue
            out.append(Toponym(s, e, surface, best, _PRECISION[best.kind], len(ids)))
        if placed_by_text:  # "Pauktaw town (Pauktaw, Sittwe, Rakhine)": the name again, where the text placed it
            out = [Toponym(t.start, t.end, t.text, placed_by_text[k],
                           2 if placed_by_text[k].geonameid is None else _PRECISION[placed_by_text[k].kind], t.candidates)
                   if (k := norm(t.text)) in placed_by_text and t.entry is not placed_by_text[k] and t.entry.kind == "place"
                   else t for t in out]
        out = self._one_country_per_chain(text, out)
        out = self._unknown_in_chain(text, out)
        out = self._unknown_by_kind(text, out, countries)
        out = _in_the_next_division(text, out)
        if strong:
            out = self._keep_in(text, out, strong, countries)
        out = [self._occupied(text, t) for t in out if not _NAMES_A_DOCUMENT.match(text, t.end)
               and not (_SPEAKS.match(text, t.end) and not _PLACE_PREPOSITION.search(text, max(0, t.start - 6), t.start))]
        out.sort(key=lambda t: t.start)
        return _drop_quarters(text, out)

    def _one_country_per_chain(self, text: str, found: list[Toponym]) -> list[Toponym]:
        """A written hierarchy lies in one country, the one its last link (a province or a country) names:
        "Mainok, Kaga, Borno" is in Nigeria though a Kaga and a Mainok-like name are Japanese.  An earlier link
        read in another country takes the same name's entry in that country (or a spelling close to it: "Adamawa,
        Cameroon" is Adamaoua), or becomes a place the gazetteer lacks in the next link of that country."""
        found = sorted(found, key=lambda t: t.start)
        out = list(found)
        i = 0
        while i < len(found):
            j = i
            while j + 1 < len(found) and _CHAIN_GAP.fullmatch(text, found[j].end, found[j + 1].start):
                j += 1
            last = found[j]
            if j > i and last.entry.kind in ("admin1", "country") and last.entry.iso:
                other = self._chain_end_elsewhere(found[i:j], last)
                if other is not None:  # "Gori, Shida Kartli region, Georgia": the country, not the US state
                    out = [x for x in out if x is not last]
                    last = Toponym(last.start, last.end, last.text, other, _PRECISION[other.kind], last.candidates)
                    out.append(last)
                    found[j] = last
                links = found[i:j + 1]
                for k, t in enumerate(links[:-1]):
                    if t.entry.iso == last.entry.iso:
                        continue
                    iso = last.entry.iso
                    alt = next((e for e in (self.entry(x) for x in self.index.get(norm(t.text), ())) if e.iso == iso
                                and e.kind != "country"), None) or self.tolerant(t.text, iso)
                    if alt is not None and alt.kind == "country":
                        alt = None
                    precision = _PRECISION[alt.kind] if alt is not None else 2
                    if alt is None:  # a name the gazetteer lacks there: a place in the next link of that country
                        p = next((x.entry for x in links[k + 1:] if x.entry.iso == iso), last.entry)
                        alt = _inside(t.text, p)
                    out = [x for x in out if x is not t]
                    out.append(Toponym(t.start, t.end, t.text, alt, precision, t.candidates))
                links = [next((x for x in out if x.start == t.start and x.end == t.end), t) for t in links]
                for k in range(len(links) - 2, -1, -1):  # (right to left: "Sang Atesh, Muqur district, Badghis")
                    t, nxt = links[k], links[k + 1]
                    # "Pata Island, Sulu province": a town of another province's same name is not the one meant (nor
                    # "Muqur district, Badghis" the Muqur district of Ghazni)
                    if t.entry.kind not in ("place", "admin2") or t not in out or nxt.entry.kind not in ("admin1", "admin2") \
                            or nxt.entry.iso != t.entry.iso or not (t.entry.admin1 and nxt.entry.admin1) \
                            or t.entry.admin1 == nxt.entry.admin1:
                        continue
                    # (a district before a province stays a district; before another district it is a town there)
                    district = t.entry.kind == "admin2" and nxt.entry.kind == "admin1"
                    alt = next((e for e in (self.entry(x) for x in self.index.get(norm(t.text), ()))
                                if e.iso == t.entry.iso and e.admin1 == nxt.entry.admin1
                                and e.kind == ("admin2" if district else "place")), None)
                    out = [x for x in out if x is not t]
                    links[k] = Toponym(t.start, t.end, t.text, alt or _inside(t.text, nxt.entry, district),
                                       _PRECISION[alt.kind] if alt else (3 if district else 2), t.candidates)
                    out.append(links[k])
            i = j + 1
        return out

    def _chain_end_elsewhere(self, links: list[Toponym], last: Toponym) -> GazEntry | None:
        """The other province or country of the chain's last name ("Georgia": the country or the US state) when
        more of the links before it are named places of that country than of the one read."""
        def support(iso: str) -> int:
            return sum(any(self.entry(x).iso == iso and self.entry(x).kind != "country"
                           for x in self.index.get(norm(t.text), ())) for t in links)
        alts = [e for e in (self.entry(x) for x in self.index.get(norm(last.text), ()))
                if e.kind in ("admin1", "country") and e.iso and e.iso != last.entry.iso and _is_own_name(e.name, norm(last.text))]
        if not alts:
            return None
        best = max(alts, key=lambda e: support(e.iso))
        return best if support(best.iso) > support(last.entry.iso) else None

    def _occupied(self, text: str, t: Toponym) -> Toponym:
        """A small place the gazetteer files under Israel without a district, or one it lacks and the text is
        about Israel, that the text calls a settlement or a refugee camp ("the settlement of Talmon", "the Dugit
        settlement"): a settlement in the occupied territory, coded there (not Sderot or Nahal Oz, which lie in
        Israel's Southern District, whatever a text calls them)."""
        e = t.entry
        if e.iso != "IL" or e.kind != "place" or e.admin1 and e.lat is not None or e.population >= 20_000 \
                or "PS" not in self.countries or not _is_settlement(text, t.start, t.end):
            return t
        ps = self.countries["PS"]
        return Toponym(t.start, t.end, t.text, GazEntry(e.name, e.kind, ps.country, "PS", None, None, None, e.lat, e.lon,
                                                        e.population, e.geonameid), t.precision, t.candidates)

    def _own_name(self, j: int, key: str) -> bool:
        """Whether ``key`` is the name of entry ``j`` itself (or a side of its bilingual name), not another name."""
        return _is_own_name(self._rows[j][0], key)

    def _keep_in(self, text: str, found: list[Toponym], strong: set[str], countries: dict[str, float]) -> list[Toponym]:
        """A document about one country: small places elsewhere that share a name are noise, unless the text
        puts the name where a place goes ("gunmen opened fire in Shanga", "the Dugit settlement"): then it is
        a place of the document's country that the gazetteer lacks (no coordinates, precision 2)."""
        # (on a tie, the country the text gave evidence of first: ``countries`` keeps the text's order)
        home = self.countries.get(max((iso for iso in countries if iso in strong), key=countries.__getitem__))
        provinces = {(t.entry.admin1, t.entry.admin1_iso) for t in found
                     if home is not None and t.entry.iso == home.iso and t.entry.admin1}
        a1, a1iso = next(iter(provinces)) if len(provinces) == 1 else (None, None)
        out = []
        strong = strong | {iso for s in strong for iso in _ENTWINED.get(s, ())}
        # a written hierarchy that ends in a province of its own country is where the text says it is, whatever
        # other country the text names ("coalition warplanes led by Saudi Arabia bombed ... Dahyan (Majz, Sadah)")
        ordered = sorted(found, key=lambda t: t.start)
        chained: set[int] = set()
        run = ordered[:1]
        for t in ordered[1:] + [None]:
            if t is not None and t.entry.iso and t.entry.iso == run[-1].entry.iso and t.entry.kind != "country" \
                    and run[-1].entry.kind != "country" and (_CHAIN_OR_BRACKET.fullmatch(text, run[-1].end, t.start)
                                                             or _CHAIN_GAP_UNKNOWN.fullmatch(text, run[-1].end, t.start)):
                run.append(t)
                continue
            if run and run[-1].entry.kind in ("admin1", "admin2") and (sum(1 for x in run if x.candidates) > 1 or len(run) > 1 and (
                    run[-1].entry.kind == "admin1" and run[-1].candidates and _KIND_THEN_PROVINCE.match(text, run[-2].end))):
                chained.update(id(x) for x in run)  # (two names the gazetteer knows, not one and a name it lacks;
                # but "Barmal district (Paktika)": a name it lacks, its province in brackets, as the notes write them)
            run = [t]
        for t in found:
            if t.entry.iso in strong or t.entry.kind == "country" or (t.entry.population >= 1_000_000 and t.candidates <= 3) \
                    or id(t) in chained \
                    or self._dominant(t) and _LOCATIVE_BEFORE.search(text, max(0, t.start - 40), t.start):
                out.append(t)
            elif home is not None and t.entry.kind in ("place", "admin2") and t.candidates and self.country(t.text) is None and \
                    max((self.entry(j).population for j in self.index.get(norm(t.text), ())), default=0) < 100_000 and (
                    (_LOCATIVE_BEFORE.search(text, max(0, t.start - 40), t.start) and PHRASE_END.match(text, t.end))
                    or (_HINT.match(text, t.end) and _HINT.match(text, t.end).group("hint").lower() in _SETTLEMENT_HINT)):
                entry = GazEntry(t.text, "place", home.country, home.iso, a1, a1iso, None, None, None, 0, None)
                out.append(Toponym(t.start, t.end, t.text, entry, 2, 0))
        return out

    def _town_after(self, text: str, end: int) -> bool:
        """Whether "in X" after a building's name names a town, not a country or province ("the Frankfurt airport
        in Germany", "... in Corsica": Frankfurt and Calvi are the towns; "in Istanbul" names the city as well)."""
        m = _IN_NAMED.match(text, end)
        if m is None:
            return False
        ids = self.index.get(norm(m.group(1))) or self.index.get(norm(m.group(1).split()[0])) or ()
        kinds = {self._rows[j][1] for j in ids}
        return "country" not in kinds and kinds != {"admin1"}

    def _dominant(self, t: Toponym) -> bool:
        """A city of 100,000 or more whose name other places bear only as villages ("Ramadi", not the Yemeni
        hamlet), by its own name, not another ("Mia" for Miami): where the text puts it as a place ("in Ramadi"),
        no noise of a text about another country but a place it names."""
        pop, key = t.entry.population, norm(t.text)
        return t.entry.kind in ("place", "admin2") and pop >= 100_000 and _is_own_name(t.entry.name, key) and all(
            self.entry(j).population * 10 <= pop for j in self.index.get(key, ()) if self.entry(j).iso != t.entry.iso)

    def _unknown_by_kind(self, text: str, known: list[Toponym], countries: dict[str, float]) -> list[Toponym]:
        """Names the gazetteer lacks that the text calls a place ("in the town of Al-Mashru", "the Nahal Oz
        settlement", "Ban Solo village"), placed in the country the text is about (and its one province, if
        it names one) when no written hierarchy places them. No coordinates: the gazetteer has none."""
        votes = dict(countries)
        for t in known:  # the places the text names, resolved
            votes[t.entry.iso] = votes.get(t.entry.iso, 0.0) + 1.0
        if not votes:
            return known
        iso = max(votes, key=votes.__getitem__)
        country = self.countries.get(iso)
        if country is None:
            return known
        provinces = {(t.entry.admin1, t.entry.admin1_iso) for t in known if t.entry.iso == iso and t.entry.admin1}
        a1, a1iso = next(iter(provinces)) if len(provinces) == 1 else (None, None)
        out = list(known)
        for m in _KIND_NAMED.finditer(text):
            g = m.lastindex  # (the one name group of the alternative that matched)
            s, e = m.start(g), m.end(g)
            s += _LEADING_FUNCTION_WORDS.match(m.group(g)).end()
            name = text[s:e]
            if s >= e or norm(name) in self.stopwords or norm(name) in self.demonyms \
                    or any(t.start < e and s < t.end for t in out) \
                    or any(self._rows[j][3] == iso for j in self.index.get(norm(name), ())):
                continue  # unknown here, or a namesake elsewhere that the text does not mean
            entry = GazEntry(name, "place", country.country, iso, a1, a1iso, None, None, None, 0, None)
            out.append(Toponym(s, e, name, entry, 1, 0))
        return out

    def _unknown_in_chain(self, text: str, known: list[Toponym]) -> list[Toponym]:
        """Names the gazetteer lacks, placed by the place that follows them in a written hierarchy.

        Read right to left, so that "Gul Zarin area, Sangar Tepa district, Kunduz province" places
        Sangar Tepa in Kunduz first and then Gul Zarin in Sangar Tepa.  Known readings of parts of
        such a name (a "Gul" elsewhere) give way to it.
        """
        out = list(known)
        matches = list(re.finditer(
            r"(?<![\w'’-])((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al|el|de|e|i|ul|(?:" + _AR_ARTICLES + r")-[A-Z][\w'’-]*)){0,3}?)"
            r"(?:\s+(?:IDP|IDPs|[Rr]efugee|[Dd]isplacement))?\s+"
            r"(local government area|LGA|area|village|district|town|township|city|locality|neighbou?rhood|sub-?district|"
            r"tehsil|camp|market|bazaar|county|municipality|commune|territory|woreda|kebele|zone|sub-?county|upazila)\b", text))
        # "in Tapa-i-Khwaharan, Farah, Afghanistan": an unknown name after a locative, right before a known place
        matches += list(re.finditer(
            r"\b(?:in|at|near|around|outside|of|from|to|into|toward|towards|between|attacked|raided|stormed|overran|targeted|over|captured|enter|entered|reach|"
            r"seized|retook|recaptured|liberated|shelled|bombed|struck|(?-i:Near|Around|Outside)) "
            r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al|el|de|e|i|ul)){0,3})"
            # (and before an ACLED note's bracket: "near Boni (Douentza, Mopti)")
            r"(?=,\s*(?:[A-Z]|" + _DISTANCE_FROM + ")|" + _IN_A_DISTRICT + r"|\s+\([A-Z][^()]{1,60}\))()", text))
        matches.sort(key=lambda m: m.start())
        for m in reversed(matches):
            s, e = m.start(1), m.end(1)
            name = m.group(1)
            if norm(name) in self.stopwords or norm(name) in self.demonyms:  # "the Iranian city of X"
                continue
            if _ACTOR_HEAD.search(name):  # "attributed to Unidentified Armed Group (Colombia)": an actor, no place
                continue
            s += _LEADING_FUNCTION_WORDS.match(name).end()  # "The Gul Zarin area": the name is "Gul Zarin"
            possessor = None
            pos = re.search(r"['’]s\s+", text[s:e])
            if pos:  # "Jerusalem's Gilo neighbourhood": Gilo, in Jerusalem
                possessor = next((t for t in out if s <= t.start and t.end <= s + pos.start() + 1
                                  and t.entry.kind != "country"), None)
                s += pos.end()
            if s >= e:
                continue
            name = text[s:e]
            parent = possessor or next((t for t in sorted(out, key=lambda t: t.start) if 0 <= t.start - m.end() <= 60
                                        and t.entry.kind in ("admin1", "admin2", "place", "country")
                                        and "." not in text[m.end():t.start]), None)
            if parent is None or (possessor is None and m.group(2)
                                  and not _PARENT_GAP.fullmatch(text, m.end(), parent.start)):
                continue  # the place after "X neighbourhood" is its parent only when written as one
            p = parent.entry
            # a name the gazetteer knows in the parent's own country is not unknown (nor is "West Beirut", a side of a
            # city it knows)
            if any(self._rows[j][3] == p.iso for j in self.index.get(norm(_COMPASS_SIDE.sub("", name)), ())):
                continue
            kind_word = (m.group(2) or "place").lower()
            if name.split()[-1].lower() in _STREET_WORDS:  # "in Deerpark Road, Belfast", "Haifa Street, Baghdad": a
                out = [t for t in out if not (s <= t.start < e or s < t.end <= e)]  # street; the town after it is the place
                continue
            if not m.group(2) and not re.fullmatch(r"(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:district|territory|zone|"
                                                  r"woreda|county|sub-?county|municipality|commune|department|township|"
                                                  r"tehsil|upazila|LGA))?){0,2},\s*|,\s*"
                                                  + _DISTANCE_FROM + r"|,?\s+in\s+(?:the\s+)?|"
                                                  r"\s*\((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s*){0,2}",
                                                  text[m.end(1):parent.start]):
                continue  # "in Boni, Hombori, Douentza": names the gazetteer lacks may stand between
            is_district = kind_word in ("district", "tehsil", "sub-district", "subdistrict", "county", "municipality", "territory",
                                        "woreda", "zone", "sub-county", "subcounty", "upazila")
            entry = _inside(name, p, is_district)
            out = [t for t in out if not (s <= t.start < e or s < t.end <= e)]
            out.append(Toponym(s, e, name, entry, 3 if is_district else 2, 0))
        return out


def _bare_division(name: str) -> str:
    """ "Province of Sulu", "Sulu Province" and "Sulu" are one division."""
    return norm(re.sub(r"^(?:province|district|municipality|city) of\s+|\s+(?:province|district)$", "", name, flags=re.I))


def _inside(name: str, p: GazEntry, district: bool = False) -> GazEntry:
    """A place (or a district) the gazetteer lacks, inside the known place ``p``: its country, province and district,
    and its coordinates for want of its own."""
    admin2 = name if district else (p.admin2 or (p.name if p.kind == "admin2" else None))
    return GazEntry(name, "admin2" if district else "place", p.country, p.iso, p.admin1 if p.kind != "country" else None,
                    p.admin1_iso, admin2, p.lat, p.lon, 0, None)


def _connector_named(text: str, start: int, end: int, word: str) -> bool:
    """"Van Province", "the city of Van.": a one-word place that a connector also spells, called by its kind or
    written after a locative, and not the start of a longer name ("in Van Gogh's house")."""
    return bool(_HINT.match(text, end)) or (word[:1].isupper() and _LOCATIVE_END.search(text, max(0, start - 5), start) is not None
                                            and _NAME_ENDS.match(text, end, end + 2) is not None)


_KIND_THEN_PROVINCE = re.compile(r"\s*\(|\s+(?:district|village|town|county|tehsil|sub-?district|municipality),\s*", re.I)
_BRACKET_OPEN = re.compile(r"\s*(?:(?:village|town|city|area|camp)\s*)?[(,]\s*", re.I)
_LOCATIVE_END = re.compile(r"\b(?:in|of|near|at)\s$")
_NAME_ENDS = re.compile(r"[^\w\s]|\s+[a-z]|$")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Each country's seat of government as the gazetteer writes it (``capitals.tsv``), by ISO code."""
    return {iso: name for iso, name in read_table("capitals.tsv")}
