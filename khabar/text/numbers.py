"""Counts in English news text: "at least 12", "thirty-nine", "dozens", "10 to 15".

:func:`find_numbers` finds the numbers in a text that count people or things,
with their qualifier and range; :func:`parse_number` reads one such expression.
Numbers that are not counts -- years, dates, times, ordinals, percentages,
money, ages, measures, identifiers ("Route 5", "AK-47", "Section 144") and the
pronoun "one" ("one of the", "no one") -- are recognised and skipped, and their
digits are consumed so that they are never read again as counts.

One regular expression (compiled at import) scans the text; its alternatives
are tried leftmost first, so non-counts that start earlier or at the same place
("March 5", "5 March", "10:30", "2016-03-05") win over the count reading.  A
candidate count is then checked against a few characters of context on either
side ("$", "aged", "km", "-year-old", "per cent").

Values (``low``, ``high``, ``qualifier``):

* ``12`` -> (12, 12, exact); ``10 to 15`` / ``between 10 and 15`` -> (10, 15, exact)
* ``at least 12`` -> (12, None, at_least); ``more than 12`` -> (12, None, more_than)
* ``about 12`` -> (12, 12, about); ``up to 12`` -> (12, 12, up_to); ``less than 12`` -> (None, 12, up_to)
* ``dozens`` -> (24, None, vague), ``scores`` 40, ``hundreds`` 200, ``thousands`` 2000,
  ``several`` 3, ``a few`` 2; ``a couple of`` -> (2, 2, about)

Pure functions, no global mutable state, standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["NumberMatch", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int  # absolute offsets into the text passed in
    end: int
    text: str  # text[start:end], qualifier included ("at least 12")
    low: int | None
    high: int | None  # None = open-ended
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    num_start: int  # where the numeral itself starts (after the qualifier)


# --------------------------------------------------------------------------- vocabulary

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_BIG_SCALES = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000,
    "lac": 100_000, "lacs": 100_000, "crore": 10_000_000, "crores": 10_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000,
}
_SCALES = {**_BIG_SCALES, "hundred": 100, "dozen": 12}

# Vague quantities: (low, high, qualifier); multiplied by a following scale word ("several hundred").
_VAGUE = {
    "dozens": (24, None, "vague"),
    "scores": (40, None, "vague"),
    "hundreds": (200, None, "vague"),
    "thousands": (2_000, None, "vague"),
    "millions": (2_000_000, None, "vague"),
    "lakhs": (200_000, None, "vague"),
    "tens of thousands": (20_000, None, "vague"),
    "hundreds of thousands": (200_000, None, "vague"),
    "several": (3, None, "vague"),
    "a few": (2, None, "vague"),
    "a couple of": (2, 2, "about"),
}

_QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "well over": "more_than", "just over": "more_than",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "approximately": "about",
    "approx": "about", "approx.": "about", "some": "about", "roughly": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "circa": "about",
    "up to": "up_to", "as many as": "up_to",
    "less than": "less", "fewer than": "less", "no more than": "less", "just under": "less",
}


def _alt(words) -> str:
    """A non-capturing alternation, longest first, with spaces as ``\\s+``."""
    parts = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


def _fill(pattern: str, **parts: str) -> str:
    for key, value in parts.items():
        pattern = pattern.replace("<" + key + ">", value)
    return pattern


_U = _alt(_UNITS)
_U19 = _alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
_T = _alt(_TENS)
_S = r"(?:thousand|million|billion|lakhs?|lacs?|crores?)\b"
# 0..999 in words: "thirty-nine", "thirty nine", "a hundred", "two hundred and fourteen", "fifteen hundred"
_TU = _fill(r"(?:<T>(?:[\s-]+<U19>\b)?|<U>)\b", T=_T, U19=_U19, U=_U)
_H = _fill(r"(?:(?:<TU>|an?)[\s-]+hundred\b(?:(?:\s+and)?[\s-]+<TU>)?|<TU>)", TU=_TU)
_WORDNUM = _fill(
    r"(?:half[\s-]+an?[\s-]+(?:dozen|hundred|thousand|million|lakh|crore)\b"
    r"|(?:<H>|an?)[\s-]+dozen\b"
    r"|(?:<H>|an?)[\s-]+<S>(?:(?:\s+and)?[\s-]+<H>[\s-]+<S>)*(?:(?:\s+and)?[\s-]+<H>)?"
    r"|<H>)",
    H=_H, S=_S,
)
_DIGNUM = (
    r"(?<![\w.])(?<![0-9],)"
    r"(?:[0-9]{1,3}(?:,[0-9]{2,3})*,[0-9]{3}(?![0-9])|[0-9]+(?:\.[0-9]+)?)"
    r"(?:\s*(?:hundred|thousand|million|billion|lakhs?|lacs?|crores?|dozen|mn|bn)\b)?"
)
_NUM = _fill(r"(?:<D>|\b<W>)", D=_DIGNUM, W=_WORDNUM)

_MAY_VERB = (
    r"(?!\s+(?:have|has|be|not|also|well|still|never|even|only|rise|go|die|increase|face|need|take|get|come|"
    r"lose|cause|kill|include|soon)\b)"
)
_MONTH_WORDS = ("january|february|march|april|june|july|august|september|october|november|december|"
                "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|may")
_MONTH = r"(?:" + _MONTH_WORDS + _MAY_VERB + r")"

_VAGUE_RX = _fill(
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|lakhs"
    r"|(?:several|a\s+few)(?:[\s-]+(?:hundred|thousand|million|lakh|crore|dozen)\b){0,2}"
    r"|a\s+couple\s+of)\b",
)

_MASTER = re.compile(
    _fill(
        r"(?<!\w)(?=[0-9+a-z])"  # a word or number starts here: a fast filter, the alternatives check the rest
        r"(?:(?P<skip>"
        r"\b[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\b"  # 2016-03-05
        r"|\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}\b"  # 05/03/2016, 5.3.16
        r"|\b[0-9]{1,2}/[0-9]{1,2}\b"  # 9/11, 1/3
        r"|\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\b"  # 10:30
        r"|(?<!\w)\+[0-9][0-9\s()-]{7,}[0-9]"  # +92 21 1234567
        r"|\b[0-9]{3,5}-[0-9]{6,8}\b"  # 0121-2345678
        r"|\b<MONTH>\b\.?,?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?\b(?:,?\s+[0-9]{4}\b)?|[0-9]{4}\b)"  # March 5, 2016
        r"|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?<MONTH>\b\.?(?:,?\s+[0-9]{2,4}\b)?"  # 5 March 2016, 3 JAN 90
        r")"
        r"|(?P<count>(?:\b(?P<q><QUAL>)\s+)?(?:\b(?P<btw>between)\s+)?(?P<n1><NUM>)"
        r"(?:(?P<conn>(?(btw)(?:\s+(?:and|to)\s+|\s*[-\u2013]\s*)|(?:\s*[-\u2013\u2014]\s*|\s+(?:to|or)\s+)))"
        r"(?P<n2><NUM>))?(?P<plus>\+(?![0-9]))?)"
        r"|(?P<vague>\b<VAGUE>))",
        MONTH=_MONTH, QUAL=_alt(_QUALIFIERS), NUM=_NUM, VAGUE=_VAGUE_RX,
    ),
    re.IGNORECASE,
)



def _trie(words) -> str:
    """A regex alternation of ``words`` shared by prefix ("a(?:bout|lmost|n...)?"): each position tries one
    branch per distinct first letter, not one per word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# Where _MASTER may match: every alternative of it starts with a digit, "+" or one of these whole words (a month,
# the first word of a qualifier, "between", a number word, "a"/"an"/"half", the first word of a vague quantity).
# A zero-width necessary condition, cheap to test at every word start; _MASTER is tried only where it holds.
_FIRST_WORDS = {
    *_MONTH_WORDS.split("|"), *(q.split()[0].rstrip(".") for q in _QUALIFIERS),
    "between", "a", "an", "half", *_UNITS, *_TENS, *(v.split()[0] for v in _VAGUE),
}
_MAY_START = re.compile(r"(?<!\w)(?=[0-9+]|" + _trie(_FIRST_WORDS) + r"(?![a-z]))", re.IGNORECASE)

_UNIT_WORDS = (
    r"km|kms|kilomet(?:er|re)s?|kmph|kph|mph|met(?:er|re)s?|mtrs?|cms?|centimet(?:er|re)s?|mm|"
    r"millimet(?:er|re)s?|miles?|yards?|yds|feet|foot|ft|inch(?:es)?|kgs?|kilos?|kilograms?|grams?|gms?|"
    r"tonnes?|tons?|quintals?|litres?|liters?|ltrs?|acres?|hectares?|sq|square|seconds?|secs?|minutes?|"
    r"mins?|hours?|hrs?|day(?:s|long)?|weeks?|wks?|months?|year\w*|yrs?|decades?|centur(?:y|ies)|nights?|times|fold|"
    r"calibre|caliber|degrees?|stor(?:ey|y|ies|eys|eyed)|volts?|watts?|mw|kw|gb|mb|ghz|mhz|pounds?|lbs?|gallons?|pages?"
)
_CURRENCY = (
    r"(?:us\s*)?dollars?|usd|rupees?|rs|inr|pkr|euros?|pounds?|sterling|taka|naira|afghanis?|riyals?|rials?|"
    r"dinars?|dirhams?|shillings?|birr|francs?|pesos?|colones|yuan|rmb|rubles?|roubles?|lira|cedis?|kwacha"
)
_RIGHT_SKIP = re.compile(
    _fill(
        r"(?:[^\W\d_]"  # letters glued on: 5th, 3pm, 1990s, 5km
        r"|[:/.,][0-9]"  # 10:30 read from a qualifier, odd groupings
        r"|\s*(?:%|per\s*cent\b|percent\b|pc\b|pct\b)"
        r"|\s*(?:[ap]\.?\s?m\b|o'?clock\b|hrs?\b|gmt\b|ist\b|utc\b|pkt\b|local\s+time\b)"
        r"|(?:\s+of)?[\s-]*(?:<UNITS>)\b"
        r"|(?:\s+of)?\s*(?:<CURRENCY>)\b"
        r"|\s*(?:st|nd|rd|th)\b"
        r"|\s+(?:of\s+)?<MONTH>\b"
        r"|[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)",
        UNITS=_UNIT_WORDS, CURRENCY=_CURRENCY, MONTH=_MONTH,
    ),
    re.IGNORECASE,
)
_ID_WORDS = (
    r"route|no|nos|number|section|sec|article|art|nh|sh|highway|hwy|resolution|flight|room|house|plot|"
    r"pillar|platform|ward|sector|phase|block|gate|page|para|paragraph|clause|rule|chapter|class|grade|"
    r"level|floor|tower|unit|apartment|flat|version|model|vol|volume|serial|pin|tel|phone|mobile|ext|"
    r"ak|akm|post|outpost|bop|u/s|ipc|crpc|fir|case|squad|constituency"
)
_LEFT_SKIP = re.compile(
    _fill(
        r"(?:[$\u20ac\u00a3\u20b9\u00a5#\u2116]\s*"  # $ € £ ₹ ¥ # №
        r"|\b(?:rs|inr|pkr|usd|tk|taka|ksh|kes|eur|gbp|ngn|afn|afs|rupees|dollars)\.?\s*"
        r"|[^\W\d_]-"  # AK-47, F-16, COVID-19
        r"|'"  # '90s
        r"|(?<![\w.])(?:<ID>)\.?\s*"
        r"|\b(?:aged?|ages|age\s+of|aged\s+(?:about|around|between|nearly|over|under))\s*"
        r")$",
        ID=_ID_WORDS,
    ),
    re.IGNORECASE,
)
_LEFT_YEAR = re.compile(
    r"\b(?:in|since|until|till|year|during|circa|c\.|before|after|mid|early|late|fy|from)[\s-]*$", re.IGNORECASE
)
_LEFT_AT = re.compile(r"\bat\s+$", re.IGNORECASE)  # "at 1830": military time
_LIST_LEFT = re.compile(r"(?:^|\n)[ \t]*$")  # "\n   2. In view of ...": list numbering
_LIST_RIGHT = re.compile(r"[.)]\s")
# "rose from 10 to 15": a change, no range (but "estimates ranged from 84 to 101", "varying from 17 to 31": one)
_LEFT_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_RANGED_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s*$", re.IGNORECASE)
_PAREN_AGE_LEFT = re.compile(r"[^\W\d_]\.?\s*\(\s*$")
_PAREN_AGE_RIGHT = re.compile(r"\s*(?:yrs?|years?)?\s*\)", re.IGNORECASE)
_COMMA_AGE_LEFT = re.compile(r"\b[A-Z][a-z]+,\s*$")  # "Ali, 25, a farmer" (case-sensitive on purpose)
_COMMA_AGE_RIGHT = re.compile(r"\s*,")
_ONE_LEFT = re.compile(
    r"\b(?:no|the|this|that|any|each|every|which|last|next|such|little|another|other|first|second|third|fourth|fifth)\s+$",
    re.IGNORECASE,
)
_ONE_RIGHT = re.compile(
    r"(?:-|\s+(?:of|another|day|time|point|hand|side|way|by\s+one|after\s+another|or\s+(?:the\s+)?other"
    r"|who|whom|which|that|thing|such|too|else)\b(?!\s*-?\s*grenade))",
    re.IGNORECASE,
)
_WORD_TOKEN = re.compile(r"[a-z]+")
_DIGIT_PART = re.compile(r"[0-9][0-9.,]*")
_SPACES = re.compile(r"\s+")

_CONTEXT = 40


# --------------------------------------------------------------------------- numerals


class _Num:
    """A parsed numeral: value, the trailing scale it was written with, and how it looked."""

    __slots__ = ("value", "mult", "bare_digits", "digits")

    def __init__(self, value: int | None, mult: int, bare_digits: bool, digits: str):
        self.value = value
        self.mult = mult  # scale of a single trailing scale word ("15 thousand" -> 1000), else 1
        self.bare_digits = bare_digits  # plain digits, no separator, decimal or scale word
        self.digits = digits


def _parse_numeral(s: str) -> _Num:
    if s[0].isdigit():
        dm = _DIGIT_PART.match(s)
        digits = dm.group()
        scale_word = s[dm.end():].strip().lower()
        mult = _SCALES.get(scale_word, 1) if scale_word else 1
        num = Fraction(digits.replace(",", ""))
        value = num * mult
        if value.denominator != 1:
            if not scale_word:
                return _Num(None, 1, False, digits)  # 2.5: not a count
            value = round(value)
        bare = not scale_word and digits.isdigit()
        return _Num(int(value), mult, bare, digits)
    tokens = _WORD_TOKEN.findall(s.lower())
    total = 0
    cur = 0
    half = False
    scale_words = 0
    for tok in tokens:
        if tok in _UNITS:
            cur += _UNITS[tok]
        elif tok in _TENS:
            cur += _TENS[tok]
        elif tok == "a" or tok == "an":
            cur = 1
        elif tok == "half":
            half = True
        elif tok == "hundred":
            cur = (cur or 1) * 100
            scale_words += 1
        elif tok == "dozen":
            cur = (cur or 1) * 12
            scale_words += 1
        elif tok in _BIG_SCALES:
            total += (cur or 1) * _BIG_SCALES[tok]
            cur = 0
            scale_words += 1
    total += cur
    last = tokens[-1]
    mult = _SCALES[last] if scale_words == 1 and last in _SCALES else 1
    if half:
        total //= 2
        mult = 1
    return _Num(total, mult, False, "")


# --------------------------------------------------------------------------- scanning


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s.lower())


def _apply_qualifier(q: str, low: int, high: int, ranged: bool) -> tuple[int | None, int | None, str]:
    if q == "at_least" or q == "more_than":
        return (low, high if ranged else None, q)
    if q == "less":
        return (None, high, "up_to")
    return (low, high, q)


def _scan(text: str, years_are_counts: bool = False) -> list[tuple[int, int, int | None, int | None, str, int]]:
    """(start, end, low, high, qualifier, num_start) for every count in ``text``."""
    out = []
    pos = 0
    match = _MASTER.match
    may_start = _MAY_START.finditer
    while True:
        # _MASTER.search(text, pos), tried only where a match can start
        m = next((x for c in may_start(text, pos) if (x := match(text, c.start())) is not None), None)
        if m is None:
            return out
        if m.start("skip") >= 0:
            pos = m.end()
            continue

        if m.start("vague") >= 0:
            s, e = m.span("vague")
            pos = e
            if _RIGHT_SKIP.match(text, e):
                continue
            words = _WORD_TOKEN.findall(text[s:e].lower())
            key = " ".join(words)
            mult = 1
            while words and words[-1] in _SCALES and key not in _VAGUE:
                mult *= _SCALES[words.pop()]
                key = " ".join(words)
            low, high, qual = _VAGUE[key]
            out.append((s, e, low * mult, None if high is None else high * mult, qual, s))
            continue

        s = m.start("count")
        ns = m.start("n1")
        n1 = _parse_numeral(m.group("n1"))
        e = m.end("n1")
        q = m.group("q")
        qual = _QUALIFIERS[_norm(q)] if q else "exact"
        btw = m.group("btw") is not None
        n2 = None
        if n1.value is None or _is_bad_digits(n1, text, ns, years_are_counts):
            pos = m.end()  # "2016-17", "1.5": consumed with whatever was read as a range
            continue
        if m.start("n2") >= 0:
            n2 = _parse_numeral(m.group("n2"))
            lo = n1.value
            if lo is not None and n2.value is not None and n1.mult == 1 and n2.mult > 1 and lo * n2.mult <= n2.value:
                lo *= n2.mult  # "10 to 15 thousand", "two or three hundred"
            if (lo is None or n2.value is None or lo >= n2.value
                    or (not btw and _LEFT_FROM.search(text, max(0, s - _CONTEXT), s)
                        and not _RANGED_FROM.search(text, max(0, s - _CONTEXT), s))):
                n2 = None  # "3-1", "rose from 10 to 15": not a range
                if btw:
                    s = ns
                    btw = False
            else:
                n1_value = lo
                e = m.end("n2")
        elif btw:
            s = ns
        plus = n2 is None and m.group("plus") is not None and m.end("n1") == m.start("plus")
        if plus:
            e += 1
        pos = e

        # ---- what is not a count
        if n2 is not None and _is_bad_digits(n2, text, m.start("n2"), years_are_counts):
            continue
        if _LEFT_SKIP.search(text, max(0, s - _CONTEXT), s):
            continue
        if _RIGHT_SKIP.match(text, e):
            continue
        if not q and n2 is None and n1.bare_digits and n1.value <= 120:
            if _PAREN_AGE_LEFT.search(text, max(0, s - _CONTEXT), s) and _PAREN_AGE_RIGHT.match(text, e):
                continue  # "Ramesh (25)"
            if _COMMA_AGE_LEFT.search(text, max(0, s - _CONTEXT), s) and _COMMA_AGE_RIGHT.match(text, e):
                continue  # "Ali, 25, was"
        if not q and n2 is None and n1.bare_digits and _LIST_RIGHT.match(text, e) and _LIST_LEFT.search(text, max(0, s - _CONTEXT), s):
            continue  # "\n 2. The army ..."
        if not q and n2 is None and not plus and m.group("n1").lower() == "one":
            if _ONE_LEFT.search(text, max(0, s - _CONTEXT), s) or _ONE_RIGHT.match(text, e):
                continue  # "no one", "the one", "one of the", "one another", "one-time"

        if n2 is not None:
            low, high, qual = _apply_qualifier(qual, n1_value, n2.value, True)
        elif plus and not q:
            low, high, qual = n1.value, None, "more_than"
        else:
            low, high, qual = _apply_qualifier(qual, n1.value, n1.value, False)
        out.append((s, e, low, high, qual, ns))


def _is_bad_digits(n: _Num, text: str, ns: int, years_are_counts: bool) -> bool:
    """Years, phone numbers and zero-padded codes."""
    d = n.digits
    if not d:
        return False
    if n.bare_digits:
        if len(d) > 1 and d[0] == "0":
            return True  # 0800, 007
        if len(d) >= 7:
            return True  # phone numbers, ids
        if len(d) == 4:
            v = n.value
            if 1950 <= v <= 2035 and not years_are_counts:
                return True
            if 1000 <= v <= 2099 and _LEFT_YEAR.search(text, max(0, ns - _CONTEXT), ns):
                return True
            if v % 100 < 60 and v < 2400 and _LEFT_AT.search(text, max(0, ns - _CONTEXT), ns):
                return True
    return False


# --------------------------------------------------------------------------- API


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Counts in ``text[start:end]``, in text order, non-overlapping; offsets are into ``text``."""
    start, end, _ = slice(start, end).indices(len(text))
    if end <= start:
        return []
    sub = text if (start == 0 and end == len(text)) else text[start:end]
    return [
        NumberMatch(s + start, e + start, sub[s:e], low, high, qual, ns + start)
        for s, e, low, high, qual, ns in _scan(sub)
    ]


def parse_number(expr: str) -> tuple[int | None, int | None, str] | None:
    """(low, high, qualifier) for one count expression ("at least 12", "dozens", "1,200"), None if not a count.

    The whole expression must be the count (surrounding spaces and a final full stop or comma aside).
    Out of context a four-digit number is read as a count, not as a year.
    """
    s = expr.strip().rstrip(".,;:").rstrip()
    if not s:
        return None
    found = _scan(s, years_are_counts=True)
    if len(found) != 1:
        return None
    a, b, low, high, qual, _ = found[0]
    if a != 0 or b != len(s):
        return None
    return (low, high, qual)
