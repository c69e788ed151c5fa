"""Paragraphs and sentences with exact character offsets.

:func:`split_sentences` is a rule-based splitter tuned to news copy: titles and
other abbreviations, initials, decimals, quotes, datelines, headlines on their
own line, all-upper-case wire text (MUC) and all-lower-case text (IPE), and the
missing space after a period ("Times.LBRC member").

Paragraphs: a blank line always separates paragraphs.  A single newline does
too (news copy often puts one paragraph per line), except in *hard-wrapped*
text (fixed-width wire copy, where most lines end mid-sentence): there a single
newline separates paragraphs only when the next line is indented or the line
before it is clearly shorter than the wrap width.

Whether the text is upper-case, lower-case or mixed is decided per paragraph
(per document for short paragraphs); capitalisation is evidence for a sentence
start only in mixed-case text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.model import Sentence

MIXED, UPPER, LOWER = "mixed", "upper", "lower"

# --------------------------------------------------------------------------- abbreviations

NEVER = "never"  # titles and the like: always followed by more of the sentence
NUMERIC = "numeric"  # "No. 4": an abbreviation only before a number
MONTH = "month"  # "Jan. 5": not an end before a number or lower-case word
AMBIG = "ambig"  # "U.S.", "St.": ends a sentence only before a typical sentence opener
TIME = "time"  # "p.m.", "Inc.", "etc.": in mixed case, ends before any capitalised word but a date word

_ABBREVIATIONS: dict[str, str] = {}
for _w in (
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr lieut gov sen rep rev hon pres supt "
    "insp messrs mme mlle fr msgr amb atty sec'y e.g i.e vs cf viz approx incl esp dept govt est ca al hr mgr asst "
    "assoc gens cols maj.gen lt.col lt.gen brig.gen"
).split():
    _ABBREVIATIONS[_w] = NEVER
for _w in "no nos nr art arts vol vols pp fig figs ch sec para paras rs ref tel ph cl".split():
    _ABBREVIATIONS[_w] = NUMERIC
for _w in "jan feb mar apr jun jul aug sep sept oct nov dec".split():
    _ABBREVIATIONS[_w] = MONTH
for _w in "a.m p.m etc jr sr inc ltd co corp bros plc cos".split():
    _ABBREVIATIONS[_w] = TIME
for _w in "st mt ft ave rd blvd sq hwy km kms mi".split():
    _ABBREVIATIONS[_w] = AMBIG
# Abbreviations that are also ordinary words: recognised only as written (Title case) in mixed-case text.
_TITLE_ONLY: dict[str, str] = {
    _w: AMBIG
    for _w in (
        "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn mo mont neb nev okla ore "
        "pa penn tenn tex va vt wash wis wyo"
    ).split()
}
_TITLE_ONLY["miss"] = NEVER

# Words that typically open a sentence: after an ambiguous abbreviation ("the U.S. The ...") they signal a new one.
_STARTERS = frozenset(
    (
        "the a an this that these those he she it they we i you his her its their our there here but however "
        "meanwhile in on at after before when while during according also earlier later both some "
        "many if as since although though yet so thus today yesterday last no none nobody "
        "what who why how where another several most all each every such"
    ).split()
)
_DATE_WORDS = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        "january february march april may june july august september october november december jan feb mar apr "
        "jun jul aug sep sept oct nov dec gmt utc est edt cst cdt pst pdt ist pkt local today tonight tomorrow "
        "yesterday eastern central pacific"
    ).split()
)
_COMPANY_SUFFIXES = frozenset("inc ltd co corp plc pvt llc bros".split())
_SPEECH_TAIL_RE = re.compile(
    r"(?:[\w.'’-]+\s+){0,3}?(?:said|says|asked|asks|added|adds|told|stated|claimed|alleged|explained|warned|"
    r"insisted|declared|replied|shouted|screamed|wrote|tweeted|continued|noted|recalled|cried|quipped)\b"
    r"(?:[\s,]+[\w.'’-]+){0,3}?\s*[,.!?;]",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- regexes

_TERM_RE = re.compile(r"(?:\.\.\.+|…+|[.!?]+)([\"'”’»)\]]*)")
_PREV_RE = re.compile(r"[\w.'’]+$")
_NEXT_RE = re.compile(r"([\"'“‘«(\[]*)([^\W_]+)")
_UPPER_RUN = re.compile(r"[A-Z]+")
_LOWER_RUN = re.compile(r"[a-z]+")
_ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az|ul)-[A-Z]")
_DATELINE_RE = re.compile(r"[A-Z][A-Z'’&-]*(?:[ ,]+[A-Z][A-Z'’&-]*){0,3}")
_LIST_MARKER_RE = re.compile(r"(?:\d{1,2}|[A-Za-z])")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_OPEN_QUOTES = "\"'“‘«"


def _case_mode(text: str, start: int, end: int, default: str = MIXED) -> str:
    chunk = text[start:end]
    upper = sum(map(len, _UPPER_RUN.findall(chunk)))
    lower = sum(map(len, _LOWER_RUN.findall(chunk)))
    if upper + lower < 40:
        return default
    ratio = upper / (upper + lower)
    if ratio >= 0.85:
        return UPPER
    if ratio <= 0.02:
        return LOWER
    return MIXED


# --------------------------------------------------------------------------- paragraphs

_TERMINAL_END = ".!?:;\"'”’»)]…"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, stripped of surrounding whitespace, in order."""
    lines: list[tuple[int, int]] = []  # (start, end) of every line, without its "\n"
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1

    wrapped, width = _hard_wrapped(text, lines)
    spans: list[tuple[int, int]] = []
    cur_start: int | None = None
    prev_end = 0
    prev_len = 0
    for ls, le in lines:
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            if cur_start is not None:
                spans.append((cur_start, prev_end))
                cur_start = None
            continue
        first = ls + (len(line) - len(line.lstrip()))
        last = ls + len(line.rstrip())
        if cur_start is not None:
            joined = wrapped and not line[:1].isspace() and prev_len >= 0.6 * width and stripped[0] not in "-*•"
            if not joined:
                spans.append((cur_start, prev_end))
                cur_start = None
        if cur_start is None:
            cur_start = first
        prev_end = last
        prev_len = last - ls
    if cur_start is not None:
        spans.append((cur_start, prev_end))
    return spans


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> tuple[bool, int]:
    """Whether the text is hard-wrapped at a fixed width, and that width."""
    if len(lines) < 3:
        return False, 0
    lengths = sorted(le - ls for ls, le in lines if le > ls)
    if len(lengths) < 3:
        return False, 0
    width = lengths[int(0.8 * (len(lengths) - 1))]
    if width > 120 or width < 30:
        return False, width
    breaks = wrap_like = 0
    for (ls, le), (ns, ne) in zip(lines, lines[1:], strict=False):
        prev = text[ls:le].rstrip()
        nxt = text[ns:ne]
        if not prev.strip() or not nxt.strip() or nxt[:1].isspace():
            continue  # blank lines and indented next lines separate paragraphs anyway
        breaks += 1
        if prev[-1] not in _TERMINAL_END and len(prev) >= 0.6 * width:
            wrap_like += 1
    return (breaks >= 2 and wrap_like >= 2 and wrap_like >= 0.4 * breaks), width


# --------------------------------------------------------------------------- sentences


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact character offsets.

    ``text[s.start:s.end] == s.text`` for every sentence; sentences carry no
    surrounding whitespace, never overlap, come in order, and together cover
    every non-whitespace character of ``text``.  ``paragraph`` numbers the
    paragraph (0-based) a sentence lies in.
    """
    out: list[Sentence] = []
    doc_mode = _case_mode(text, 0, len(text))
    for p_index, (ps, pe) in enumerate(paragraph_spans(text)):
        mode = _case_mode(text, ps, pe, doc_mode)
        for s, e in _split_paragraph(text, ps, pe, mode):
            out.append(Sentence(index=len(out), start=s, end=e, text=text[s:e], paragraph=p_index))
    return out


# a semicolon before another source's account: "X claimed to have killed 25 soldiers; military officials said six
# died" holds two claims, each its own sentence (its own claimant, its own count)
_ANOTHER_SOURCE = re.compile(r"(?:;|,\s+(?:while|whereas))\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?(?:(?:said|says|stated|reported|announced|"
                             r"confirmed|put the (?:\w+ )?(?:death )?toll|gave (?:a|the) (?:\w+ )?(?:death )?toll|later revised|spoke of|listed|counted|estimated|"
                             r"exceeded|cited|recorded|documented)\b|(?:claimed|told|acknowledged|admitted|conceded)\b(?=[^.;]{0,60}?\d)))")
# (a claim or an account told to someone splits only with a count in it: "while HTS claimed it had killed 9 soldiers")


def _split_paragraph(text: str, ps: int, pe: int, mode: str) -> Iterator[tuple[int, int]]:
    for s, e in _split_terminals(text, ps, pe, mode):
        if ";" not in text[s:e] and "while" not in text[s:e] and "whereas" not in text[s:e]:
            yield s, e
            continue
        cur = s
        for m in _ANOTHER_SOURCE.finditer(text, s, e):
            a, b = _strip(text, cur, m.start() + 1)
            if a < b:
                yield a, b
            cur = m.end()
        a, b = _strip(text, cur, e)
        if a < b:
            yield a, b


def _split_terminals(text: str, ps: int, pe: int, mode: str) -> Iterator[tuple[int, int]]:
    cur = ps
    for m in _TERM_RE.finditer(text, ps, pe):
        end = m.end()
        if end >= pe:
            break
        if _is_boundary(text, m, cur, ps, pe, mode):
            s, e = _strip(text, cur, end)
            if s < e:
                yield s, e
            cur = end
    s, e = _strip(text, cur, pe)
    if s < e:
        yield s, e


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boundary(text: str, m: re.Match[str], cur: int, ps: int, pe: int, mode: str) -> bool:
    a = m.start()
    closers = m.group(1)
    term = text[a:m.start(1)]
    j = m.end()
    spaced = text[j].isspace()
    k = j
    if spaced:
        while k < pe and text[k].isspace():
            k += 1
    nm = _NEXT_RE.match(text, k)
    if nm is None:
        # Next is punctuation, a dash, a bracket...: a boundary only after a spaced terminator.
        return spaced and (term != "." or _prev_class(text, a, ps, mode) is None)
    opening, word = nm.group(1), nm.group(2)
    first = word[0]
    if not spaced:
        # "Times.LBRC", 'members.“but', "What?The": a missing space.  Never inside "U.S", "1.5", "bbc.com".
        if closers or not (first.isupper() or (opening and first.isalpha() and mode != MIXED)):
            return False
        if a == cur or not (text[a - 1].isalnum() or text[a - 1] in ")”\"") or _prev_class(text, a, ps, mode) is not None:
            return False  # ". .ATF", "U.S.A", "St.Petersburg"
    if first.isdigit():
        kind = "digit"
    elif first.isupper() or _ARTICLE_NAME_RE.match(text, k + len(opening or "")):
        # "al-Shabaab said ...": an Arabic article before a name starts a sentence like a capital
        kind = "upper"
    elif first.islower():
        kind = "lower"
    else:
        kind = "other"  # a letter without case (another script)
    lw = word.lower()

    if closers and any(q in closers for q in "\"'”’»") and _SPEECH_TAIL_RE.match(text, k):
        return False  # '"Stop!" he shouted.'

    if "!" in term or "?" in term:
        return not (mode == MIXED and kind == "lower")
    if len(term) > 1:  # ellipsis
        if mode == MIXED:
            return kind == "upper"
        return lw in _STARTERS

    # A single period.
    if cur == ps and mode == MIXED and kind != "lower" and _DATELINE_RE.fullmatch(text, cur, a):
        return False  # "ARGENTINA.  The second floor ..."
    if a - cur <= 2 and _LIST_MARKER_RE.fullmatch(text, cur, a):
        return False  # "1. The army ..."
    cls = _prev_class(text, a, ps, mode)
    if cls is None:  # an ordinary word or number
        if mode == MIXED:
            return kind != "lower"
        return True
    if cls == NEVER:
        return False
    if cls == NUMERIC:
        if kind == "digit" or text.startswith("#", k):
            return False
        return kind != "lower" if mode == MIXED else True
    if cls == MONTH:
        if kind in ("digit", "lower"):
            return False
        return lw in _STARTERS
    if cls == TIME:
        if lw in _COMPANY_SUFFIXES:
            return False  # "Co. Ltd."
        if mode == MIXED:
            return kind == "upper" and lw not in _DATE_WORDS
        return lw in _STARTERS
    # AMBIG
    if mode == MIXED and kind != "upper":
        return False
    return lw in _STARTERS


def _prev_class(text: str, a: int, ps: int, mode: str) -> str | None:
    """The abbreviation class of the token ending at the period at ``a`` (None: an ordinary word)."""
    pm = _PREV_RE.search(text, max(ps, a - 40), a)
    if pm is None:
        return None
    prev = pm.group().lstrip(".'’")
    if not prev:
        return None
    key = prev.lower()
    cls = _ABBREVIATIONS.get(key)
    if cls is not None:
        return cls
    if "." in prev:
        if _DOTTED_RE.fullmatch(prev):
            return AMBIG  # U.S, U.N, N.Y, D.C
        tail = prev.rsplit(".", 1)[1]
        # "Lt.Col" style runs: judge the last piece.
        prev, key = tail, tail.lower()
        cls = _ABBREVIATIONS.get(key)
        if cls is not None:
            return cls
        if not prev:
            return None
    if len(prev) == 1 and prev.isalpha():
        return NEVER  # an initial: "J. K. Rowling", "George W. Bush"
    if mode == MIXED and key in _TITLE_ONLY and prev[0].isupper() and prev[1:].islower():
        return _TITLE_ONLY[key]
    return None


__all__ = ["paragraph_spans", "split_sentences"]
