"""Date expressions resolved against the publication date, with precision.

Precision: 1 day, 2 week, 3 month, 4 year, 0 unresolved.  Rules:

* explicit dates: "March 5, 2016", "5 March 2016", "March 5th", "5th of March",
  "2016-03-05", "05/03/2016" (day first when ambiguous), "in March" and
  "March 2016" (month), "in 2016" (year); a date without a year takes the
  latest year that does not put it more than two days after publication;
* weekdays: "on Tuesday", "Tuesday night", "early Sunday", "Monday's attack":
  the latest such day on or before publication (the same weekday is the
  publication day itself); "last Tuesday" is strictly before it;
* "today", "this morning", "tonight" → publication day; "yesterday",
  "last night", "overnight" → the day before;
* "the day before", "a day earlier", "the next day" → relative to the event
  day already established (``anchor``), else to publication;
* "two days ago", "three days earlier";
* periods: "last week", "this week", "earlier this week" (2), "this month",
  "earlier this month", "last month" (3), "this year", "last year" (4).

"may" and "march" count as months only next to a day number or a year.
Nothing here ever returns the publication date for a text that names no date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
               "nov": 11, "dec": 12})


def _key(word: str) -> str:
    """A matched month or weekday as the tables spell it: case-insensitive matching also lets through letters that
    fold to ASCII ones ("ſept" with a long s, the Kelvin sign for k)."""
    return unicodedata.normalize("NFKC", word).lower() if not word.isascii() else word.lower()


WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# a stretch of time after another act: "hours after", "a day after", "weeks after" (what came before the act told)
TIME_AFTER = r"(?:hours|days|a day|two days|a week|weeks)\s+after"
_NUMWORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10}

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    ("night_range", re.compile(rf"\bnight of {_DAY}\s*(?:-|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?", re.I)),
    # "between 3 and 5 June 2024", "from 3 to 5 June", "3-5 June": the first day (the range's end kept)
    ("day_range", re.compile(rf"\b(?:between\s+|from\s+)?{_DAY}\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
                             rf"(?:,?\s+{_YEAR})?\b", re.I)),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?![\d:])(?:\s*,\s*|\s+)?(?:{_YEAR})?\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:\s*,?\s*{_YEAR})?\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+|since\s+|during\s+|early\s+|late\s+|mid-?)?{_MON}\s*,?\s+{_YEAR}\b", re.I)),
    ("in_month", re.compile(r"\b(?:in|during|since|early|late|mid-?|earlier in|last)\s+(?P<mon>january|february|april|june|july|august|"
                            r"september|october|november|december|march|may)\b(?!\s+(?:be|have|not|also|well|\d))", re.I)),
    ("in_year", re.compile(rf"\b(?:in|during|since|of|early|late|mid-?)\s+{_YEAR}\b(?!\s*[-/])", re.I)),
    ("rel_day", re.compile(r"\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|overnight(?! (?:on|of|between|into|to|from)\b)|"
                           r"earlier today|early today|late yesterday|early yesterday)\b", re.I)),
    ("anchor_rel", re.compile(r"\b(?P<rel>the (?:day|night) before|a day (?:earlier|before|later)|the previous (?:day|night)|"
                              r"the (?:next|following) (?:day|morning|night)|the day after|that (?:day|night|evening|morning))\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<unit>days?|weeks?|months?) "
                       r"(?P<dir>ago|earlier|before|later)\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<mod>last|this past|this|next|this coming|on|early|late|since)?\s*{_WD}(?:'s)?\b", re.I)),
    ("period", re.compile(r"\b(?P<per>last week|this week|earlier this week|earlier in the week|last month|this month|"
                          r"earlier this month|earlier in the month|this year|last year|earlier this year)\b", re.I)),
]

# What each pattern cannot match without: on an ASCII sentence (where case-blind matching is matching the lower-case
# form), a pattern none of whose words occurs in the lower-cased sentence, or that needs a digit where there is
# none, is not tried
_MON3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS: dict[str, tuple[tuple[str, ...], bool]] = {  # kind -> (one of these words, a digit)
    "iso": (("-",), True), "numeric": (("/",), True), "night_range": (("night",), True), "day_range": (_MON3, True),
    "mdy": (_MON3, True), "dmy": (_MON3, True), "month_year": (_MON3, True), "in_month": (_MON3, False),
    "in_year": (("",), True), "rel_day": (("today", "this", "yesterday", "night"), False),
    "anchor_rel": (("day", "night", "morning", "evening"), False), "ago": (("ago", "earlier", "before", "later"), False),
    "weekday": (("day",), False), "period": (("week", "month", "year"), False),
}
assert set(_NEEDS) == {k for k, _ in _PATTERNS}
_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str | None
    end_value: str | None
    precision: int
    relative: bool


def parse_published(value: str) -> dt.date:
    """A publication date written YYYY-MM-DD."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date: {exc}") from None


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    for y in (published.year, published.year - 1):
        day = _safe(y, m, d)
        if day is not None and day <= published + dt.timedelta(days=2):
            return day
    return None


def _month_start(y: int, m: int) -> dt.date:
    return dt.date(y, m, 1)


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


_MONTH_FIRST_ELSEWHERE = re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{4}\b")


def _resolve(kind: str, m: re.Match[str], published: dt.date | None, anchor: dt.date | None
             ) -> tuple[dt.date | None, dt.date | None, int, bool] | None:
    """(value, end_value, precision, relative) or None when the match is not a date."""
    g = m.groupdict()
    if kind == "iso":
        d = _safe(int(g["year"]), int(g["m"]), int(g["day"]))
        return (d, None, 1, False) if d else None
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
        # day first (08/07/1982 is 8 July) unless the numbers say otherwise (11/27/1975); when both readings are days,
        # the one on or before the report date and nearest it: a report of 4 December dates "12/03" 3 December
        readings = [d for d in (_safe(y, b, a), _safe(y, a, b)) if d is not None]
        if len(readings) == 2 and (re.match(r"\s*:", m.string[m.end():m.end() + 2]) and not m.string[:m.start()].strip()
                                   or _MONTH_FIRST_ELSEWHERE.search(m.string)):
            # "06/08/2009: Gunmen fired ...": the incident summaries' date line is American, month first (GTD's
            # summaries); so is every date of a text that writes one as 10/26/2002
            readings.reverse()
        if published is not None and len(readings) == 2:
            before = [d for d in readings if d <= published]
            readings = sorted(before, reverse=True) or readings
        return (readings[0], None, 1, False) if readings else None
    if kind in ("mdy", "dmy", "night_range", "day_range"):
        mon = MONTHS[_key(g["mon"]).rstrip(".")]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        relative = not g.get("year")
        d = _infer_year(mon, day, published) if relative else _safe(int(g["year"]), mon, day)
        if relative and anchor is not None and (later := _safe(anchor.year, mon, day)) is not None \
                and 0 < (later - anchor).days <= 60:
            d = later  # "On October 23, 2002, gunmen seized a theatre ... Early on October 26": the days after it
        if kind == "day_range":
            last = int(g["day2"])
            if not day < last <= 31 or d is None:
                return None  # ("killed 12 and 3 June": no range)
            return d, _safe(d.year, mon, last), 2 if last - day <= 7 else 3, relative  # ACLED: within a week
        if d is None:
            return (None, None, 0, True) if relative else None
        return d, None, 1, relative
    if kind == "month_year":
        mon = MONTHS[_key(g["mon"]).rstrip(".")]
        y = int(g["year"])
        return _month_start(y, mon), _month_end(y, mon), 3, False
    if kind == "in_month":
        mon = MONTHS[_key(g["mon"])]
        if published is None:
            return None, None, 0, True
        y = published.year if mon <= published.month else published.year - 1
        return _month_start(y, mon), _month_end(y, mon), 3, True
    if kind == "in_year":
        y = int(g["year"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), 4, False
    base = published
    if kind == "rel_day":
        if base is None:
            return None, None, 0, True
        rel = g["rel"].lower()
        back = 1 if rel in ("yesterday", "last night", "overnight", "late yesterday", "early yesterday") else 0
        return base - dt.timedelta(days=back), None, 1, True
    if kind == "anchor_rel":
        ref = anchor or base
        if ref is None:
            return None, None, 0, True
        rel = g["rel"].lower()
        if rel.startswith("that "):
            return (ref, None, 1, True) if anchor else None
        step = 1 if any(w in rel for w in ("next", "following", "later", "after")) else -1
        return ref + dt.timedelta(days=step), None, 1, True
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMWORDS.get(n, 1)
        unit = g["unit"].lower()
        ref = (anchor or base) if g["dir"].lower() in ("earlier", "before", "later") else base
        if ref is None:
            return None, None, 0, True
        sign = 1 if g["dir"].lower() == "later" else -1
        if unit.startswith("day"):
            return ref + sign * dt.timedelta(days=count), None, 1, True
        if unit.startswith("week"):
            d = ref + sign * dt.timedelta(weeks=count)
            return d - dt.timedelta(days=d.weekday()), d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6), 2, True
        mon_total = ref.year * 12 + ref.month - 1 + sign * count
        y, mo = divmod(mon_total, 12)
        return _month_start(y, mo + 1), _month_end(y, mo + 1), 3, True
    if kind == "weekday":
        if base is None:
            return None, None, 0, True
        wd = WEEKDAYS[_key(g["wd"])]
        mod = (g.get("mod") or "").lower()
        if mod in ("next", "this coming"):
            delta = (wd - base.weekday()) % 7 or 7
            return base + dt.timedelta(days=delta), None, 1, True
        delta = (base.weekday() - wd) % 7
        if mod in ("last", "this past") and delta == 0:
            delta = 7
        return base - dt.timedelta(days=delta), None, 1, True
    if kind == "period":
        if base is None:
            return None, None, 0, True
        per = g["per"].lower()
        monday = base - dt.timedelta(days=base.weekday())
        if per == "last week":
            s = monday - dt.timedelta(days=7)
            return s, s + dt.timedelta(days=6), 2, True
        if per in ("this week", "earlier this week", "earlier in the week"):
            return monday, base, 2, True
        if per == "last month":
            y, mo = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
            return _month_start(y, mo), _month_end(y, mo), 3, True
        if per in ("this month", "earlier this month", "earlier in the month"):
            return _month_start(base.year, base.month), base, 3, True
        if per == "last year":
            return dt.date(base.year - 1, 1, 1), dt.date(base.year - 1, 12, 31), 4, True
        return dt.date(base.year, 1, 1), base, 4, True
    return None


def find_dates(text: str, published: dt.date | None, start: int = 0, end: int | None = None,
               anchor: dt.date | None = None) -> list[DateMatch]:
    """Every date expression in ``text[start:end]`` (absolute offsets), resolved, in text order."""
    stop = len(text) if end is None else end
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    part = text[start:stop]
    low = part.lower() if part.isascii() else None
    digit = low is not None and _DIGIT.search(part) is not None
    for kind, rx in _PATTERNS:
        if low is not None:
            words, needs_digit = _NEEDS[kind]
            if (needs_digit and not digit) or not any(w in low for w in words):
                continue  # cannot match here
        for m in rx.finditer(text, start, stop):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in " ,":
                e -= 1
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "weekday" and not m.group("mod") and m.start("wd") > 0 and text[m.start("wd")].islower() \
                    and text[s:e].lower() != text[s:e]:
                pass
            r = _resolve(kind, m, published, anchor)
            if r is None:
                continue
            value, end_value, precision, relative = r
            out.append(DateMatch(s, e, text[s:e], value.isoformat() if value else None,
                                 end_value.isoformat() if end_value else None, precision if value else 0, relative))
            taken.append((s, e))
    out.sort(key=lambda d: d.start)
    return out
